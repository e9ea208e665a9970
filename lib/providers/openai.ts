import "server-only";
import type { ImageGenerateParamsNonStreaming } from "openai/resources/images";
import { openAiCompatibleAdapter } from "./openai-compatible-core";
import type { ImageCapabilities, ImageRequest } from "./types";

/**
 * OpenAI's Images API, with each model family's real limits:
 * - GPT image models (gpt-image-1, -1.5, -2, -mini, chatgpt-image-*): 1024x1024, 1024x1536,
 *   1536x1024 or auto; n 1–10; always base64 (they reject `response_format`); no style. Their
 *   quality scale is low/medium/high/auto, so our two steps map to "standard" → medium (the
 *   everyday cost/quality point) and "hd" → high; no quality → the API's own auto.
 * - dall-e-3: n must be 1 (we refuse n > 1 rather than quietly making one image), sizes
 *   1024x1024/1792x1024/1024x1792, quality standard/hd, style vivid/natural, revised_prompt back.
 * - dall-e-2: n 1–10, square 256/512/1024, no quality or style.
 * The DALL·E models ask for `b64_json`; a `url` answer is still downloaded (guarded, capped).
 * OpenAI retired DALL·E 2/3 and gpt-image-1 during 2026; they stay selectable for accounts and
 * gateways that still serve them, and the default is a current GPT image model.
 */

type Family = "gpt-image" | "dall-e-3" | "dall-e-2";

const CAPABILITIES: Record<Family, ImageCapabilities> = {
  "gpt-image": {
    sizes: ["1024x1024", "1024x1536", "1536x1024", "auto"],
    maxN: 10,
    qualities: ["standard", "hd"],
    seed: false,
  },
  "dall-e-3": {
    sizes: ["1024x1024", "1792x1024", "1024x1792"],
    maxN: 1,
    qualities: ["standard", "hd"],
    styles: ["vivid", "natural"],
    seed: false,
  },
  "dall-e-2": { sizes: ["256x256", "512x512", "1024x1024"], maxN: 10, seed: false },
};

export const GPT_IMAGE_QUALITY = { standard: "medium", hd: "high" } as const;

function familyOf(model: string): Family | null {
  if (/^(gpt-image|chatgpt-image)/.test(model)) return "gpt-image";
  if (model.startsWith("dall-e-3")) return "dall-e-3";
  if (model.startsWith("dall-e-2")) return "dall-e-2";
  return null;
}

function imageParams(request: ImageRequest): ImageGenerateParamsNonStreaming {
  const base = {
    model: request.model,
    prompt: request.prompt,
    n: request.n,
    ...(request.size ? { size: request.size } : {}),
  };
  switch (familyOf(request.model)) {
    case "gpt-image":
      return { ...base, ...(request.quality ? { quality: GPT_IMAGE_QUALITY[request.quality] } : {}) };
    case "dall-e-3":
      return {
        ...base,
        response_format: "b64_json",
        ...(request.quality ? { quality: request.quality } : {}),
        ...(request.style ? { style: request.style } : {}),
      };
    default:
      return { ...base, response_format: "b64_json" };
  }
}

export const openaiAdapter = openAiCompatibleAdapter({
  kind: "OPENAI",
  label: "OpenAI",
  baseUrl: "fixed",
  endpoint: {
    provider: "OpenAI",
    defaultBaseUrl: "https://api.openai.com/v1",
    trustedDefault: true,
    maxTokensField: "max_completion_tokens",
    requiresKey: true,
    structuredOutput: true,
  },
  defaults: {
    baseUrl: "https://api.openai.com/v1",
    imageModel: "gpt-image-1.5",
    textModel: "gpt-5.4-mini",
    imageModels: [
      { id: "gpt-image-1.5", label: "GPT Image 1.5" },
      { id: "gpt-image-2", label: "GPT Image 2" },
      { id: "gpt-image-1-mini", label: "GPT Image 1 mini" },
      { id: "gpt-image-1", label: "GPT Image 1 (retired by OpenAI)" },
      { id: "dall-e-3", label: "DALL·E 3 (retired by OpenAI)" },
      { id: "dall-e-2", label: "DALL·E 2 (retired by OpenAI)" },
    ],
    textModels: [
      { id: "gpt-5.4-mini", label: "GPT-5.4 mini" },
      { id: "gpt-5.5", label: "GPT-5.5" },
      { id: "gpt-4o-mini", label: "GPT-4o mini" },
    ],
  },
  imageCapabilities(model) {
    const family = familyOf(model);
    return family ? CAPABILITIES[family] : null;
  },
  imageParams,
});
