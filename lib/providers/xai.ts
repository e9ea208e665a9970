import "server-only";
import { openAiCompatibleAdapter } from "./openai-compatible-core";
import type { ImageCapabilities } from "./types";

/**
 * xAI serves grok-2-image through the OpenAI-compatible Images API at api.x.ai/v1. It takes
 * model, prompt, n (1–10) and response_format only: no size, quality or style, so we declare none
 * and send none (xAI answers 400 to unknown parameters).
 */
const GROK_IMAGE: ImageCapabilities = { sizes: [], maxN: 10, seed: false };

export const xaiAdapter = openAiCompatibleAdapter({
  kind: "XAI",
  label: "xAI (Grok)",
  baseUrl: "fixed",
  endpoint: {
    provider: "xAI",
    defaultBaseUrl: "https://api.x.ai/v1",
    trustedDefault: true,
    maxTokensField: "max_tokens",
    requiresKey: true,
  },
  defaults: {
    baseUrl: "https://api.x.ai/v1",
    imageModel: "grok-2-image",
    textModel: "grok-3-mini",
    imageModels: [{ id: "grok-2-image", label: "Grok 2 Image" }],
    textModels: [
      { id: "grok-3-mini", label: "Grok 3 mini" },
      { id: "grok-4", label: "Grok 4" },
    ],
  },
  // xAI's image models all carry "image" in their id (grok-2-image, grok-2-image-1212).
  imageCapabilities: (model) => (model.includes("image") ? GROK_IMAGE : null),
  imageParams: (request) => ({ model: request.model, prompt: request.prompt, n: request.n, response_format: "b64_json" }),
});
