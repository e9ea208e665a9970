import "server-only";
import { openAiCompatibleAdapter } from "./openai-compatible-core";
import type { ImageGenerateParamsNonStreaming } from "openai/resources/images";
import { parseXaiModels } from "./model-catalog";
import type { ImageCapabilities } from "./types";

/**
 * xAI serves grok-imagine-image through the OpenAI-compatible Images API at api.x.ai/v1. It takes
 * model, prompt, n (1–10), response_format, `aspect_ratio` and `resolution` ("1k"/"2k"); no size,
 * quality or style, so we declare none and send none (xAI answers 400 to unknown parameters).
 * grok-2-image is retired ("use grok-imagine-image"), so it is no longer offered.
 */
const GROK_IMAGE: ImageCapabilities = {
  sizes: [],
  maxN: 10,
  aspectRatios: [
    "1:1",
    "3:4",
    "4:3",
    "9:16",
    "16:9",
    "2:3",
    "3:2",
    "9:19.5",
    "19.5:9",
    "9:20",
    "20:9",
    "1:2",
    "2:1",
    "auto",
  ],
  seed: false,
};

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
    structuredOutput: true,
  },
  defaults: {
    baseUrl: "https://api.x.ai/v1",
    imageModel: "grok-imagine-image",
    textModel: "grok-4-fast-non-reasoning",
    imageModels: [{ id: "grok-imagine-image", label: "Grok Imagine Image" }],
    textModels: [
      { id: "grok-4-fast-non-reasoning", label: "Grok 4 Fast" },
      { id: "grok-3-mini", label: "Grok 3 mini" },
    ],
  },
  // xAI's image models all carry "image" in their id (grok-2-image, grok-2-image-1212).
  imageCapabilities: (model) => (model.includes("image") ? GROK_IMAGE : null),
  parseModels: parseXaiModels,
  imageParams: (request) =>
    ({
      model: request.model,
      prompt: request.prompt,
      n: request.n,
      response_format: "b64_json",
      // xAI's own fields, beyond the OpenAI SDK's type; sent only when asked for.
      ...(request.aspectRatio ? { aspect_ratio: request.aspectRatio } : {}),
      ...(request.resolution ? { resolution: request.resolution } : {}),
    }) as ImageGenerateParamsNonStreaming,
});
