import "server-only";
import type { ErrorContext } from "./safe-provider-message";
import { toProviderError } from "./to-provider-error";
import { errorContext } from "./http";
import { throwIfFailedReply, type ChatReply } from "./chat-reply";
import { downloadImage } from "./image-download";
import { checkImageRequest, repeatForImages } from "./image-request";
import {
  generateChatText,
  getJson,
  listModelIds,
  openAiClientFor,
  type CompatibleEndpoint,
} from "./openai-compatible-core";
import { parseOpenRouterModels } from "./model-catalog";
import {
  ProviderError,
  type ImageCapabilities,
  type ImageRequest,
  type ProviderAdapter,
  type ProviderConnection,
  type ProviderImage,
} from "./types";

/**
 * OpenRouter makes images through chat completions: `modalities: ["image", "text"]`, and the
 * assistant message carries `images: [{ image_url: { url: "data:image/png;base64,..." } }]`.
 * One call yields one picture, so n > 1 is n parallel calls (up to 4). A 200 may still carry the
 * failure in its body (chat-reply.ts). Aspect ratio goes in
 * `image_config.aspect_ratio`, which OpenRouter forwards to the models that honour it (Gemini).
 * Any model id may be typed: OpenRouter itself answers 400 when a model cannot output images.
 */

const endpoint: CompatibleEndpoint = {
  provider: "OpenRouter",
  defaultBaseUrl: "https://openrouter.ai/api/v1",
  trustedDefault: true,
  maxTokensField: "max_tokens",
  requiresKey: true,
  structuredOutput: true,
  // OpenRouter's optional attribution headers.
  headers: { "X-Title": "Arcane Forge" },
};

const CHAT_IMAGE: ImageCapabilities = {
  sizes: [],
  maxN: 4,
  aspectRatios: ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"],
  seed: false,
};

type ImageChatResponse = ChatReply & {
  choices?: Array<{
    finish_reason?: string | null;
    message?: { content?: string | null; images?: Array<{ image_url?: { url?: string } }> };
  }>;
};

/**
 * Image-only models (FLUX, Seedream...) must be asked for `["image"]`; models that also write text
 * (Gemini image, GPT-5 Image) for `["image", "text"]`. The live model list says which is which
 * (architecture.output_modalities); without it, the known families decide.
 */
const IMAGE_AND_TEXT_MODEL = /gemini|gpt-|openai\//i;

export function modalitiesFor(model: string, outputModalities?: string[]): string[] {
  if (outputModalities?.length) return outputModalities.includes("text") ? ["image", "text"] : ["image"];
  return IMAGE_AND_TEXT_MODEL.test(model) ? ["image", "text"] : ["image"];
}

async function oneImageCall(
  connection: ProviderConnection,
  request: ImageRequest,
  context: ErrorContext,
): Promise<ProviderImage[]> {
  const client = await openAiClientFor(connection, endpoint);
  try {
    const response = await client.post<ImageChatResponse>("/chat/completions", {
      body: {
        model: request.model,
        messages: [{ role: "user", content: request.prompt }],
        modalities: modalitiesFor(request.model),
        ...(request.aspectRatio ? { image_config: { aspect_ratio: request.aspectRatio } } : {}),
      },
      signal: request.signal,
    });
    throwIfFailedReply(response, context);
    const choice = response.choices?.[0];
    const urls = (choice?.message?.images ?? [])
      .map((image) => image.image_url?.url)
      .filter((url): url is string => !!url);
    if (urls.length === 0) {
      const said = choice?.message?.content ? `; it answered: ${choice.message.content.slice(0, 160)}` : "";
      throw new ProviderError("INVALID_RESPONSE", `OpenRouter's model returned no image${said}`);
    }
    return await Promise.all(urls.map((url) => downloadImage(url, request.signal, context)));
  } catch (error) {
    throw toProviderError(error, context, request.signal);
  }
}

export const openrouterAdapter: ProviderAdapter = {
  kind: "OPENROUTER",
  label: "OpenRouter",
  requiresKey: true,
  baseUrl: "fixed",
  defaults: {
    baseUrl: endpoint.defaultBaseUrl,
    imageModel: "google/gemini-3.1-flash-image",
    textModel: "anthropic/claude-haiku-4.5",
    imageModels: [
      { id: "google/gemini-3.1-flash-image", label: "Gemini 3.1 Flash Image" },
      { id: "google/gemini-3-pro-image", label: "Gemini 3 Pro Image" },
      { id: "openai/gpt-5-image", label: "GPT-5 Image" },
    ],
    textModels: [
      { id: "anthropic/claude-haiku-4.5", label: "Claude Haiku 4.5" },
      { id: "anthropic/claude-sonnet-4.5", label: "Claude Sonnet 4.5" },
      { id: "openai/gpt-5-mini", label: "GPT-5 mini" },
    ],
  },
  supportsText: true,
  supportsJson: true,
  imageCapabilities: () => CHAT_IMAGE,
  async generateImages(connection, request) {
    checkImageRequest("OpenRouter", CHAT_IMAGE, request);
    const context = errorContext("OpenRouter", connection);
    return repeatForImages(request.n, "parallel", () => oneImageCall(connection, request, context));
  },
  async generateText(connection, request) {
    const client = await openAiClientFor(connection, endpoint);
    return generateChatText(client, request, endpoint, errorContext("OpenRouter", connection));
  },
  async listModels(connection, signal) {
    const client = await openAiClientFor(connection, endpoint);
    return parseOpenRouterModels(await getJson(client, "/models", signal, errorContext("OpenRouter", connection)));
  },
  async testConnection(connection, signal) {
    const client = await openAiClientFor(connection, endpoint);
    const context = errorContext("OpenRouter", connection);
    // OpenRouter lists models without a key, so the list alone proves nothing: ask about the key.
    try {
      await client.get("/key", { signal });
    } catch (error) {
      throw toProviderError(error, context, signal);
    }
    return { models: await listModelIds(client, signal, context) };
  },
};
