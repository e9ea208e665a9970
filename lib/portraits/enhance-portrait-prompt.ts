import type { ProviderAdapter, ProviderConnection } from "@/lib/providers/types";

/** The character requirement's portrait focus for the text model (its enhance_prompt portrait branch). */
export const PORTRAIT_ENHANCE_INSTRUCTIONS = [
  "You improve prompts for an image model that paints a single fantasy character portrait.",
  "Keep every fact given: name, descriptor, gender, race, age, class, facial expression, facial features,",
  "armor or attire, distinguishing features, weapon, setting and head position or pose.",
  "Describe the face first, then attire and features, then the background. Head-and-shoulders framing.",
  "Answer with the prompt only, one paragraph under 120 words, no text or watermark in the image.",
].join(" ");

const ENHANCE_TIMEOUT_MS = 20_000;

export type EnhanceResult = { enhanced: string; enhancedBy: "text-model" | "none"; error?: string };

/**
 * Enhances a raw portrait prompt with the profile's text model. The built-in engine's "text model"
 * is a rule-based enhancer, so it goes through the same path. Enhancement is an improvement, not a
 * requirement: when the profile has no text model or the call fails, the raw prompt is used.
 */
export async function enhancePortraitPrompt(
  adapter: Pick<ProviderAdapter, "supportsText" | "generateText">,
  connection: ProviderConnection,
  rawPrompt: string,
): Promise<EnhanceResult> {
  if (!adapter.supportsText || !adapter.generateText || !connection.textModel)
    return { enhanced: rawPrompt, enhancedBy: "none" };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ENHANCE_TIMEOUT_MS);
  try {
    const text = await adapter.generateText(connection, {
      model: connection.textModel,
      system: PORTRAIT_ENHANCE_INSTRUCTIONS,
      prompt: rawPrompt,
      maxTokens: 300,
      signal: controller.signal,
    });
    const enhanced = text
      .trim()
      .replace(/^["']|["']$/g, "")
      .slice(0, 3000);
    return enhanced ? { enhanced, enhancedBy: "text-model" } : { enhanced: rawPrompt, enhancedBy: "none" };
  } catch (error) {
    return { enhanced: rawPrompt, enhancedBy: "none", error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
