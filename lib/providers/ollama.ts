import "server-only";
import { parseOllamaTags } from "./model-catalog";
import { errorContext, requestJson, resolveBaseUrl, type Endpoint } from "./http";
import { checkImageRequest, parseSize, repeatForImages } from "./image-request";
import { ProviderError, type ImageCapabilities, type ProviderAdapter, type ProviderConnection } from "./types";

/**
 * Ollama's native API (not its /v1 compatibility layer, which lacks JSON mode and /api/tags):
 * - text: POST /api/chat with `stream: false` and `format: "json"` for JSON;
 * - images: POST /api/generate, Ollama's experimental image generation, which answers an image
 *   model with base64 in `image` (or `images`). Only models known to generate are declared
 *   image-capable (z-image, flux), since a text model would just answer with words;
 *   one image per call, so n > 1 runs one call after another on the local GPU;
 * - testConnection: GET /api/tags.
 * No key is needed; one given is sent as a Bearer token (Ollama behind an authenticating proxy).
 * The default localhost URL is the server's own network: the operator lists it (ALLOWED_PRIVATE_PROVIDER_HOSTS=localhost:11434).
 */

const endpoint: Endpoint = { provider: "Ollama", defaultBaseUrl: "http://localhost:11434", trustedDefault: false };

const DIFFUSION: ImageCapabilities = { sizes: ["1024x1024", "1024x768", "768x1024", "512x512"], maxN: 4, seed: false };
const IMAGE_MODEL = /(^|\/)(z-image|z_image|flux)/i;
const capabilitiesOf = (model: string) => (IMAGE_MODEL.test(model) ? DIFFUSION : null);

type ChatResponse = { message?: { content?: string } };
type GenerateResponse = { image?: string; images?: string[]; response?: string };
type TagsResponse = { models?: Array<{ name?: string; model?: string }> };

async function target(connection: ProviderConnection) {
  const baseUrl = await resolveBaseUrl(connection, endpoint);
  const key = connection.apiKey?.trim();
  const headers: Record<string, string> = key ? { authorization: `Bearer ${key}` } : {};
  return { baseUrl, headers, context: errorContext("Ollama", connection) };
}

export const ollamaAdapter: ProviderAdapter = {
  kind: "OLLAMA",
  label: "Ollama (self-hosted)",
  requiresKey: false,
  baseUrl: "editable",
  defaults: {
    baseUrl: endpoint.defaultBaseUrl,
    textModel: "llama3.1",
    // Ollama removed image generation in v0.32.6: no image default; older servers can still be
    // given one of these by name.
    imageModels: [
      { id: "x/z-image-turbo", label: "Z-Image Turbo (Ollama 0.14–0.32.5 only)" },
      { id: "x/flux2-klein", label: "FLUX.2 klein (Ollama 0.14–0.32.5 only)" },
    ],
    textModels: [
      { id: "llama3.1", label: "Llama 3.1" },
      { id: "qwen3", label: "Qwen 3" },
      { id: "gemma3", label: "Gemma 3" },
    ],
  },
  supportsText: true,
  supportsJson: true,
  imageCapabilities: capabilitiesOf,
  async generateImages(connection, request) {
    checkImageRequest("Ollama", capabilitiesOf(request.model), request);
    const { baseUrl, headers, context } = await target(connection);
    const size = parseSize(request.size);
    return repeatForImages(request.n, "sequential", async () => {
      const response = await requestJson<GenerateResponse>(
        `${baseUrl}/api/generate`,
        {
          headers,
          body: { model: request.model, prompt: request.prompt, stream: false, ...(size ?? {}) },
          signal: request.signal,
        },
        context,
      );
      const encoded = [response.image, ...(response.images ?? [])].filter((value): value is string => !!value);
      if (encoded.length === 0) {
        throw new ProviderError(
          "INVALID_RESPONSE",
          `Ollama model ${request.model} answered without an image: Ollama removed image generation in v0.32.6, so use another profile (the built-in engine works offline)`,
        );
      }
      return encoded.map((data) => ({ bytes: Buffer.from(data, "base64"), mimeType: "image/png" }));
    });
  },
  async generateText(connection, request) {
    const { baseUrl, headers, context } = await target(connection);
    const response = await requestJson<ChatResponse>(
      `${baseUrl}/api/chat`,
      {
        headers,
        body: {
          model: request.model,
          messages: [
            ...(request.system ? [{ role: "system", content: request.system }] : []),
            { role: "user", content: request.prompt },
          ],
          stream: false,
          // Ollama's format takes a JSON Schema (structured outputs) or "json".
          ...(request.json ? { format: request.jsonSchema ?? "json" } : {}),
          ...(request.maxTokens ? { options: { num_predict: request.maxTokens } } : {}),
        },
        signal: request.signal,
      },
      context,
    );
    const text = response.message?.content;
    if (!text) throw new ProviderError("INVALID_RESPONSE", "Ollama returned an empty reply");
    return text;
  },
  async listModels(connection, signal) {
    const { baseUrl, headers, context } = await target(connection);
    return parseOllamaTags(await requestJson<unknown>(`${baseUrl}/api/tags`, { headers, signal }, context));
  },
  async testConnection(connection, signal) {
    const { baseUrl, headers, context } = await target(connection);
    const response = await requestJson<TagsResponse>(`${baseUrl}/api/tags`, { headers, signal }, context);
    return { models: (response.models ?? []).map((model) => model.name ?? model.model ?? "").filter(Boolean) };
  },
};
