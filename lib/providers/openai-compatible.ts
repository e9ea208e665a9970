import "server-only";
import type { ImageRequest } from "./types";
import { openAiCompatibleAdapter, type CompatibleAdapterSpec } from "./openai-compatible-core";

/**
 * Any server speaking the OpenAI wire format (LocalAI, LiteLLM, vLLM, a corporate gateway...).
 * We cannot know a model's limits, so every model is offered the common Images API surface:
 * the usual sizes and n 1–10, no quality or style (many servers reject DALL·E-only fields).
 */
export const COMPATIBLE_IMAGE_CAPABILITIES = {
  sizes: ["1024x1024", "512x512", "256x256", "1024x1536", "1536x1024", "1792x1024", "1024x1792"],
  maxN: 10,
  seed: false,
};

export const compatibleImageParams = (request: ImageRequest) => ({
  model: request.model,
  prompt: request.prompt,
  n: request.n,
  ...(request.size ? { size: request.size } : {}),
  response_format: "b64_json" as const,
});

export function compatibleSpec(
  overrides: Pick<CompatibleAdapterSpec, "kind" | "label" | "baseUrl" | "endpoint" | "defaults">,
): CompatibleAdapterSpec {
  return { ...overrides, imageCapabilities: () => COMPATIBLE_IMAGE_CAPABILITIES, imageParams: compatibleImageParams };
}

export const openaiCompatibleAdapter = openAiCompatibleAdapter(
  compatibleSpec({
    kind: "OPENAI_COMPATIBLE",
    label: "OpenAI-compatible server",
    baseUrl: "required",
    // No preset: whatever the user types is checked against private addresses.
    endpoint: {
      provider: "The OpenAI-compatible server",
      trustedDefault: false,
      maxTokensField: "max_tokens",
      requiresKey: false,
    },
    defaults: { imageModels: [], textModels: [] },
  }),
);
