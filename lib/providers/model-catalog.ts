/**
 * What a provider's models endpoint says it offers, in one shape: id, a label, and what each
 * model can make. Each parser reads the provider's documented list body; capabilities come from
 * the provider's own fields where it has them (OpenRouter's output_modalities, Google's
 * supportedGenerationMethods) and from its model-family names where it does not (OpenAI, xAI).
 */
export type ModelInfo = { id: string; label: string; image: boolean; text: boolean; aspectRatios?: string[] };

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] =>
  Array.isArray(value) ? (value.filter((item) => item && typeof item === "object") as Json[]) : [];
const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() ? value : undefined);

const OPENAI_IMAGE = /^(gpt-image|chatgpt-image|dall-e)/;
// Embeddings, speech, transcription, moderation and realtime models cannot answer a chat prompt.
const NOT_CHAT =
  /(embedding|whisper|tts|transcribe|moderation|realtime|audio|search|davinci|babbage|computer-use|sora)/;

/** OpenAI GET /v1/models: `{ object: "list", data: [{ id, object: "model", created, owned_by }] }`. */
export function parseOpenAiModels(body: unknown): ModelInfo[] {
  return list((body as Json)?.data).flatMap((model) => {
    const id = text(model.id);
    if (!id) return [];
    const image = OPENAI_IMAGE.test(id);
    return [{ id, label: id, image, text: !image && !NOT_CHAT.test(id) }];
  });
}

/** xAI GET /v1/models: the OpenAI shape; image models carry "image" in their id (grok-imagine-image). */
export function parseXaiModels(body: unknown): ModelInfo[] {
  return list((body as Json)?.data).flatMap((model) => {
    const id = text(model.id);
    if (!id) return [];
    const image = /image|imagine/.test(id) && !/video/.test(id);
    return [{ id, label: id, image, text: !image && !/video/.test(id) }];
  });
}

/**
 * Google GET /v1beta/models: `{ models: [{ name: "models/gemini-…", displayName,
 * supportedGenerationMethods: ["generateContent", …] }], nextPageToken }`. Image output is the
 * "-image" Gemini family; Imagen (`predict`) is left out: it is shut down on the Gemini API.
 */
export function parseGoogleModels(body: unknown): ModelInfo[] {
  return list((body as Json)?.models).flatMap((model) => {
    const id = text(model.name)?.replace(/^models\//, "");
    const methods = Array.isArray(model.supportedGenerationMethods) ? model.supportedGenerationMethods : [];
    if (!id || !methods.includes("generateContent")) return [];
    const image = /(^|-)image(-|$)/.test(id);
    return [{ id, label: text(model.displayName) ?? id, image, text: !image && !/(embedding|tts|aqa)/.test(id) }];
  });
}

/**
 * OpenRouter GET /api/v1/models: `{ data: [{ id, name, architecture: { input_modalities,
 * output_modalities: ["text", "image"] } }] }`. The output modalities also decide what an image
 * request asks for (openrouter.ts modalitiesFor).
 */
export function parseOpenRouterModels(body: unknown): ModelInfo[] {
  return list((body as Json)?.data).flatMap((model) => {
    const id = text(model.id);
    if (!id) return [];
    const architecture = (model.architecture ?? {}) as Json;
    const outputs = Array.isArray(architecture.output_modalities)
      ? (architecture.output_modalities as unknown[]).map(String)
      : ["text"];
    return [{ id, label: text(model.name) ?? id, image: outputs.includes("image"), text: outputs.includes("text") }];
  });
}

/** Ollama GET /api/tags: `{ models: [{ name, model, details }] }`, installed models only; text only (image generation was removed upstream). */
export function parseOllamaTags(body: unknown): ModelInfo[] {
  return list((body as Json)?.models).flatMap((model) => {
    const id = text(model.name) ?? text(model.model);
    return id ? [{ id, label: id, image: false, text: !/embed/.test(id) }] : [];
  });
}

/** Anthropic GET /v1/models: `{ data: [{ type: "model", id, display_name, created_at }], has_more }`; Claude writes text only. */
export function parseAnthropicModels(body: unknown): ModelInfo[] {
  return list((body as Json)?.data).flatMap((model) => {
    const id = text(model.id);
    return id ? [{ id, label: text(model.display_name) ?? id, image: false, text: true }] : [];
  });
}
