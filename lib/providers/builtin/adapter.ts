/**
 * The BUILTIN provider: what a new user gets with no key. Images are drawn locally (engine.ts),
 * text is the rule-based prompt enhancer (text-engine.ts); nothing touches the network, so
 * testConnection always succeeds. A given seed always gives the same bytes; no seed, a new picture.
 */
import { checkImageRequest } from "../image-request";
import { ProviderError, type ImageCapabilities, type ProviderAdapter, type ProviderImage } from "../types";
import { hashSeed, randomSeed } from "@/lib/rng";
import { renderBuiltinImage } from "./engine";
import { generateBuiltinText, TEXT_ENGINE_ID } from "./text-engine";

export const BUILTIN_IMAGE_MODEL = "builtin-illustrated-v1";

const CAPABILITIES: ImageCapabilities = {
  sizes: ["1024x1024", "768x1024", "1024x768", "512x512", "1024x1536", "1536x1024"],
  maxN: 4,
  seed: true,
};

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ProviderError("TIMEOUT", "The built-in engine was cancelled before it finished");
}

export const builtinAdapter: ProviderAdapter = {
  kind: "BUILTIN",
  label: "Built-in offline engine",
  requiresKey: false,
  baseUrl: "fixed",
  defaults: {
    imageModel: BUILTIN_IMAGE_MODEL,
    textModel: TEXT_ENGINE_ID,
    imageModels: [{ id: BUILTIN_IMAGE_MODEL, label: "Illustrated portraits and scenes (offline)" }],
    textModels: [{ id: TEXT_ENGINE_ID, label: "Rule-based prompt enhancer (offline)" }],
  },
  // One drawing engine, whatever model id an old profile stored.
  imageCapabilities: () => CAPABILITIES,
  supportsText: true,
  supportsJson: true,

  async generateImages(_connection, request) {
    checkImageRequest("The built-in engine", CAPABILITIES, request);
    const images: ProviderImage[] = [];
    // n images use seed, seed+1, ...: a given seed reproduces its pictures exactly. Without one,
    // a fresh seed each call, so Regenerate (the same request again) and every variation give a
    // new picture; the seed used is named in each picture's description, to reproduce it later.
    const base = request.seed ?? hashSeed(randomSeed());
    for (let index = 0; index < request.n; index++) {
      // Checked before each image: a cancelled job stops at the next picture, not after all n.
      throwIfAborted(request.signal);
      const image = await renderBuiltinImage({
        prompt: request.prompt,
        subject: request.subject,
        size: request.size,
        seed: base + index,
      });
      images.push({ bytes: image.png, mimeType: "image/png", revisedPrompt: image.description });
    }
    throwIfAborted(request.signal);
    return images;
  },

  async generateText(_connection, request) {
    throwIfAborted(request.signal);
    return generateBuiltinText(request.prompt, request.json);
  },

  async listModels() {
    return [
      {
        id: BUILTIN_IMAGE_MODEL,
        label: "Illustrated portraits, creatures and scenes (offline)",
        image: true,
        text: false,
      },
      { id: TEXT_ENGINE_ID, label: "Rule-based prompt enhancer (offline)", image: false, text: true },
    ];
  },
  async testConnection(_connection, signal) {
    throwIfAborted(signal);
    return { models: [BUILTIN_IMAGE_MODEL] };
  },
};
