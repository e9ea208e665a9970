import "server-only";
import { GoogleGenAI, Modality, type GenerateContentResponse } from "@google/genai";
import type { ErrorContext } from "./safe-provider-message";
import { toProviderError } from "./to-provider-error";
import { generateImagenImages } from "./google-imagen";
import { cappedFetch, errorContext, requestJson, resolveBaseUrl, type Endpoint } from "./http";
import { checkImageRequest, repeatForImages } from "./image-request";
import { outputTokenBudget } from "./token-budget";
import { withRetiredAdvice } from "./retired-models";
import { parseGoogleModels } from "./model-catalog";
import {
  ProviderError,
  type ImageCapabilities,
  type ProviderAdapter,
  type ProviderConnection,
  type ProviderImage,
} from "./types";

/**
 * Google through `@google/genai` on the Gemini Developer API (an AI Studio key):
 * - Gemini image models (…-image) via generateContent with responseModalities IMAGE, reading the
 *   inline base64 parts; one picture per call, so n > 1 is parallel calls (up to 4).
 * - Imagen models (imagen-*) via REST `:predict` (see google-imagen.ts for why not the SDK).
 * - Text via generateContent; JSON via responseMimeType application/json.
 * The SDK's own retries are off (attempts: 1) — the pipeline owns retries.
 */

const endpoint: Endpoint = {
  provider: "Google",
  defaultBaseUrl: "https://generativelanguage.googleapis.com",
  trustedDefault: true,
};

const IMAGEN: ImageCapabilities = {
  sizes: [],
  maxN: 4,
  aspectRatios: ["1:1", "3:4", "4:3", "9:16", "16:9"],
  seed: false,
};
const GEMINI_IMAGE: ImageCapabilities = {
  sizes: [],
  maxN: 4,
  aspectRatios: ["1:1", "2:3", "3:2", "3:4", "4:3", "9:16", "16:9", "21:9"],
  seed: false,
};
const BLOCKED_FINISH = new Set([
  "SAFETY",
  "PROHIBITED_CONTENT",
  "IMAGE_SAFETY",
  "IMAGE_PROHIBITED_CONTENT",
  "BLOCKLIST",
  "SPII",
]);

function capabilitiesOf(model: string): ImageCapabilities | null {
  if (model.startsWith("imagen-")) return IMAGEN;
  return /(^|[-/])(image|nano-banana)/.test(model) ? GEMINI_IMAGE : null;
}

async function googleClient(connection: ProviderConnection) {
  const apiKey = connection.apiKey?.trim();
  if (!apiKey) throw new ProviderError("AUTH", "Google needs an API key");
  const baseUrl = await resolveBaseUrl(connection, endpoint);
  // The SDK's ApiError drops response headers; keep Retry-After from the last failed response.
  const lastFailure: { retryAfter?: string } = {};
  const fetchKeepingRetryAfter: typeof fetch = async (input, init) => {
    const response = await cappedFetch(endpoint.provider)(input, { ...init, redirect: "error" });
    if (!response.ok) lastFailure.retryAfter = response.headers.get("retry-after") ?? undefined;
    return response;
  };
  const ai = new GoogleGenAI({
    apiKey,
    // Explicit, so GOOGLE_GENAI_USE_VERTEXAI / GOOGLE_GENAI_API_VERSION in the server's environment
    // cannot reroute a user's key. v1beta is where Gemini features (image output) land first.
    vertexai: false,
    apiVersion: "v1beta",
    httpOptions: { baseUrl, retryOptions: { attempts: 1 }, fetch: fetchKeepingRetryAfter },
  });
  const fail = (error: unknown, context: ErrorContext, signal?: AbortSignal) => {
    const mapped = toProviderError(error, context, signal);
    if (mapped.kind !== "RATE_LIMITED" || mapped.options.retryAfterMs !== undefined) return mapped;
    const retryAfterMs = secondsToMs(lastFailure.retryAfter);
    return retryAfterMs === undefined
      ? mapped
      : new ProviderError(mapped.kind, mapped.message, { ...mapped.options, retryAfterMs });
  };
  return { ai, apiKey, baseUrl, fail };
}

function secondsToMs(value: string | undefined): number | undefined {
  const seconds = Number(value);
  return value !== undefined && Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

function blockedReason(response: GenerateContentResponse): string | undefined {
  const blocked = response.promptFeedback?.blockReason;
  if (blocked) return String(blocked);
  const finish = response.candidates?.[0]?.finishReason;
  return finish && BLOCKED_FINISH.has(String(finish)) ? String(finish) : undefined;
}

function inlineImages(response: GenerateContentResponse): ProviderImage[] {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((part) => part.inlineData?.data && (part.inlineData.mimeType ?? "image/").startsWith("image/"))
    .map((part) => ({ bytes: Buffer.from(part.inlineData!.data!, "base64"), mimeType: part.inlineData!.mimeType }));
}

function replyText(response: GenerateContentResponse): string {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts
    .filter((part) => typeof part.text === "string" && !part.thought)
    .map((part) => part.text)
    .join("");
}

const calls: ProviderAdapter = {
  kind: "GOOGLE",
  label: "Google (Gemini / Imagen)",
  requiresKey: true,
  baseUrl: "fixed",
  defaults: {
    baseUrl: endpoint.defaultBaseUrl,
    // Imagen is shut down on the Gemini API and gemini-2.5-flash-image is past its shutdown date.
    imageModel: "gemini-3.1-flash-image",
    textModel: "gemini-3.5-flash",
    imageModels: [
      { id: "gemini-3.1-flash-image", label: "Gemini 3.1 Flash Image" },
      { id: "gemini-3-pro-image", label: "Gemini 3 Pro Image" },
    ],
    textModels: [{ id: "gemini-3.5-flash", label: "Gemini 3.5 Flash" }],
  },
  supportsText: true,
  supportsJson: true,
  imageCapabilities: capabilitiesOf,
  async generateImages(connection, request) {
    checkImageRequest("Google", capabilitiesOf(request.model), request);
    const { ai, apiKey, baseUrl, fail } = await googleClient(connection);
    const context = errorContext("Google", connection);
    if (request.model.startsWith("imagen-")) return generateImagenImages(baseUrl, apiKey, request, context);
    return repeatForImages(request.n, "parallel", async () => {
      let response: GenerateContentResponse;
      try {
        response = await ai.models.generateContent({
          model: request.model,
          contents: request.prompt,
          config: {
            responseModalities: [Modality.IMAGE],
            ...(request.aspectRatio ? { imageConfig: { aspectRatio: request.aspectRatio } } : {}),
            abortSignal: request.signal,
          },
        });
      } catch (error) {
        throw fail(error, context, request.signal);
      }
      const images = inlineImages(response);
      if (images.length > 0) return images;
      const reason = blockedReason(response);
      if (reason)
        throw new ProviderError("CONTENT_POLICY", `Google blocked the image under its safety policy (${reason})`);
      const said = replyText(response);
      throw new ProviderError(
        "INVALID_RESPONSE",
        `Google returned no image${said ? `; it answered: ${said.slice(0, 160)}` : ""}`,
      );
    });
  },
  async generateText(connection, request) {
    const { ai, fail } = await googleClient(connection);
    const context = errorContext("Google", connection);
    let response: GenerateContentResponse;
    try {
      response = await ai.models.generateContent({
        model: request.model,
        contents: request.prompt,
        config: {
          ...(request.system ? { systemInstruction: request.system } : {}),
          ...(request.json
            ? {
                responseMimeType: "application/json",
                ...(request.jsonSchema ? { responseJsonSchema: request.jsonSchema } : {}),
              }
            : {}),
          maxOutputTokens: outputTokenBudget(request.model, request.maxTokens),
          abortSignal: request.signal,
        },
      });
    } catch (error) {
      throw fail(error, context, request.signal);
    }
    const text = replyText(response);
    // A reply cut at the limit is half a JSON object or half a prompt: not an answer.
    if (text && String(response.candidates?.[0]?.finishReason ?? "") === "MAX_TOKENS") {
      throw new ProviderError(
        "TRUNCATED",
        "Google's reply was cut off at the token limit before it finished: try again",
      );
    }
    if (text) return text;
    const reason = blockedReason(response);
    if (reason)
      throw new ProviderError("CONTENT_POLICY", `Google blocked the reply under its safety policy (${reason})`);
    if (String(response.candidates?.[0]?.finishReason ?? "") === "MAX_TOKENS") {
      throw new ProviderError(
        "TRUNCATED",
        "Google's reply was cut off at the token limit before it finished (the model spent it thinking): try again or pick a Flash model",
      );
    }
    throw new ProviderError("INVALID_RESPONSE", "Google returned an empty reply");
  },
  async listModels(connection, signal) {
    const { apiKey, baseUrl } = await googleClient(connection);
    const body = await requestJson<unknown>(
      `${baseUrl}/v1beta/models?pageSize=1000`,
      { headers: { "x-goog-api-key": apiKey }, signal },
      errorContext("Google", connection),
    );
    return parseGoogleModels(body);
  },
  async testConnection(connection, signal) {
    const { ai, fail } = await googleClient(connection);
    try {
      const pager = await ai.models.list({ config: { abortSignal: signal, pageSize: 100 } });
      // The first page is enough to prove the key and fill a picker.
      return { models: pager.page.map((model) => (model.name ?? "").replace(/^models\//, "")).filter(Boolean) };
    } catch (error) {
      throw fail(error, errorContext("Google", connection), signal);
    }
  },
};

export const googleAdapter = withRetiredAdvice("Google", calls);
