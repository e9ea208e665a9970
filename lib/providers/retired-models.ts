import { ProviderError, type ProviderAdapter } from "./types";

/**
 * Models their providers have retired or shut down, each with the current one to use instead.
 * A profile saved before a retirement still names the old id; the provider's refusal then comes
 * with the replacement named, instead of a bare 404.
 */
const RETIRED: Record<string, { provider: string; use: string }> = {
  "dall-e-2": { provider: "OpenAI", use: "gpt-image-1.5" },
  "dall-e-3": { provider: "OpenAI", use: "gpt-image-1.5" },
  "gpt-image-1": { provider: "OpenAI", use: "gpt-image-1.5" },
  "grok-2-image": { provider: "xAI", use: "grok-imagine-image" },
  "grok-2-image-1212": { provider: "xAI", use: "grok-imagine-image" },
  "grok-4-0709": { provider: "xAI", use: "grok-4-fast-non-reasoning" },
  "gemini-2.5-flash-image": { provider: "Google", use: "gemini-3.1-flash-image" },
  "gemini-2.5-flash-image-preview": { provider: "Google", use: "gemini-3.1-flash-image" },
  "imagen-4.0-generate-001": { provider: "Google", use: "gemini-3.1-flash-image" },
  "imagen-4.0-ultra-generate-001": { provider: "Google", use: "gemini-3-pro-image" },
  "imagen-4.0-fast-generate-001": { provider: "Google", use: "gemini-3.1-flash-image" },
  "imagen-3.0-generate-002": { provider: "Google", use: "gemini-3.1-flash-image" },
  "claude-opus-4-1": { provider: "Anthropic", use: "claude-sonnet-4-5" },
  "claude-opus-4-1-20250805": { provider: "Anthropic", use: "claude-sonnet-4-5" },
};

/** The current replacement for a retired model of this provider, if it is one. */
export function replacementFor(provider: string, model: string): string | undefined {
  const retired = RETIRED[model.trim()];
  return retired && retired.provider === provider ? retired.use : undefined;
}

/**
 * Runs a provider call; when it fails for a retired model, the message names the current one.
 * The call is still made (a compatible gateway may serve the old model), so only a real refusal
 * from the provider carries the advice.
 */
export async function namingReplacement<T>(provider: string, model: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const use = replacementFor(provider, model);
    if (!use || !(error instanceof ProviderError) || !["BAD_REQUEST", "PERMISSION", "UNSUPPORTED"].includes(error.kind))
      throw error;
    throw new ProviderError(
      error.kind,
      `${error.message}. ${provider} has retired ${model}: choose ${use} in the profile instead.`,
      error.options,
    );
  }
}

/** The adapter with its image and text calls wrapped in namingReplacement. */
export function withRetiredAdvice(provider: string, adapter: ProviderAdapter): ProviderAdapter {
  const { generateImages, generateText } = adapter;
  return {
    ...adapter,
    ...(generateImages
      ? {
          generateImages: (connection, request) =>
            namingReplacement(provider, request.model, () => generateImages(connection, request)),
        }
      : {}),
    ...(generateText
      ? {
          generateText: (connection, request) =>
            namingReplacement(provider, request.model, () => generateText(connection, request)),
        }
      : {}),
  } satisfies ProviderAdapter;
}
