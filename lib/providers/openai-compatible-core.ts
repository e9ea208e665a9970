import "server-only";
import OpenAI from "openai";
import type { ImageGenerateParamsNonStreaming } from "openai/resources/images";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { ErrorContext } from "./safe-provider-message";
import { toProviderError } from "./to-provider-error";
import { cappedFetch, errorContext, resolveBaseUrl, type Endpoint } from "./http";
import { downloadImage } from "./image-download";
import { checkImageRequest } from "./image-request";
import { checkedChatText, type ChatReply } from "./chat-reply";
import { outputTokenBudget } from "./token-budget";
import { namingReplacement } from "./retired-models";
import { parseOpenAiModels, type ModelInfo } from "./model-catalog";
import {
  ProviderError,
  type ImageCapabilities,
  type ImageRequest,
  type ProviderAdapter,
  type ProviderConnection,
  type ProviderDefaults,
  type ProviderImage,
  type TextRequest,
} from "./types";

/**
 * The part every OpenAI-wire provider shares (OpenAI, xAI, GAB AI, OpenRouter, any compatible
 * server): a client per call, the Images API, chat completions and the model list. Adapters only
 * say where the server is and what each model accepts.
 */

export type CompatibleEndpoint = Endpoint & {
  /** OpenAI's newer models refuse `max_tokens`; most compatible servers only know it. */
  maxTokensField: "max_tokens" | "max_completion_tokens";
  requiresKey: boolean;
  headers?: Record<string, string>;
  /** Whether the server takes `response_format: { type: "json_schema" }` (OpenAI, xAI, OpenRouter). */
  structuredOutput?: boolean;
};

function responseFormat(request: TextRequest, endpoint: CompatibleEndpoint) {
  if (!request.json) return {};
  if (endpoint.structuredOutput && request.jsonSchema) {
    // strict: false, because strict mode demands every property be required and no extra keys.
    return {
      response_format: {
        type: "json_schema" as const,
        json_schema: { name: "reply", schema: request.jsonSchema, strict: false },
      },
    };
  }
  return { response_format: { type: "json_object" as const } };
}

export async function openAiClientFor(connection: ProviderConnection, endpoint: CompatibleEndpoint): Promise<OpenAI> {
  const baseURL = await resolveBaseUrl(connection, endpoint);
  const apiKey = connection.apiKey?.trim();
  if (endpoint.requiresKey && !apiKey) throw new ProviderError("AUTH", `${endpoint.provider} needs an API key`);
  return new OpenAI({
    apiKey: apiKey || "no-key",
    baseURL,
    maxRetries: 0, // the pipeline owns retries and backoff
    defaultHeaders: endpoint.headers,
    // null, not undefined: otherwise the SDK reads OPENAI_ORG_ID etc. from the server's environment
    // and would send the operator's organization to a user's third-party base URL.
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    fetchOptions: { redirect: "error" },
    fetch: cappedFetch(endpoint.provider),
  });
}

/** Calls the Images API and turns each entry into bytes (base64 preferred, URL downloaded). */
export async function generateWithImagesApi(
  client: OpenAI,
  params: ImageGenerateParamsNonStreaming,
  signal: AbortSignal,
  context: ErrorContext,
): Promise<ProviderImage[]> {
  try {
    const response = await client.images.generate(params, { signal });
    const mimeType = response.output_format ? `image/${response.output_format}` : undefined;
    const images = await Promise.all(
      (response.data ?? []).map(async (entry): Promise<ProviderImage> => {
        const revisedPrompt = entry.revised_prompt || undefined;
        if (entry.b64_json)
          return { bytes: Buffer.from(entry.b64_json, "base64"), mimeType: mimeType ?? "image/png", revisedPrompt };
        if (entry.url) return { ...(await downloadImage(entry.url, signal, context)), revisedPrompt };
        throw new ProviderError("INVALID_RESPONSE", `${context.provider} returned an image entry without data`);
      }),
    );
    if (images.length === 0) throw new ProviderError("INVALID_RESPONSE", `${context.provider} returned no images`);
    return images;
  } catch (error) {
    throw toProviderError(error, context, signal);
  }
}

export function chatMessages(request: TextRequest, jsonHint: string): ChatCompletionMessageParam[] {
  // OpenAI's JSON mode refuses a conversation that never says "JSON"; the hint also helps servers
  // that ignore response_format.
  const system =
    request.json && !/json/i.test(`${request.system ?? ""} ${request.prompt}`)
      ? `${request.system ?? ""}\n${jsonHint}`.trim()
      : request.system;
  return [
    ...(system ? [{ role: "system" as const, content: system }] : []),
    { role: "user" as const, content: request.prompt },
  ];
}

export async function generateChatText(
  client: OpenAI,
  request: TextRequest,
  endpoint: CompatibleEndpoint,
  context: ErrorContext,
): Promise<string> {
  try {
    const completion = await client.chat.completions.create(
      {
        model: request.model,
        messages: chatMessages(request, "Respond with a single JSON object."),
        ...responseFormat(request, endpoint),
        [endpoint.maxTokensField]: outputTokenBudget(request.model, request.maxTokens),
      },
      { signal: request.signal },
    );
    return checkedChatText(completion as ChatReply, context);
  } catch (error) {
    throw toProviderError(error, context, request.signal);
  }
}

export async function listModelIds(client: OpenAI, signal: AbortSignal, context: ErrorContext): Promise<string[]> {
  try {
    const ids: string[] = [];
    for await (const model of client.models.list({ signal })) {
      ids.push(model.id);
      if (ids.length >= 500) break; // enough for a picker; some gateways list thousands
    }
    return ids;
  } catch (error) {
    throw toProviderError(error, context, signal);
  }
}

/** A raw GET on the provider (its list bodies carry fields the SDK's types drop). */
export async function getJson(
  client: OpenAI,
  path: string,
  signal: AbortSignal,
  context: ErrorContext,
): Promise<unknown> {
  try {
    return await client.get<unknown>(path, { signal });
  } catch (error) {
    throw toProviderError(error, context, signal);
  }
}

export type CompatibleAdapterSpec = {
  kind: ProviderAdapter["kind"];
  label: string;
  baseUrl: ProviderAdapter["baseUrl"];
  endpoint: CompatibleEndpoint;
  defaults: ProviderDefaults;
  imageCapabilities(model: string): ImageCapabilities | null;
  /** Reads the models endpoint's body (OpenAI's shape unless the provider differs). */
  parseModels?(body: unknown): ModelInfo[];
  /** The Images API body for a request already checked against the model's capabilities. */
  imageParams(request: ImageRequest): ImageGenerateParamsNonStreaming;
};

/** A whole adapter for a provider that speaks the OpenAI wire format end to end. */
export function openAiCompatibleAdapter(spec: CompatibleAdapterSpec): ProviderAdapter {
  const provider = spec.endpoint.provider;
  return {
    kind: spec.kind,
    label: spec.label,
    requiresKey: spec.endpoint.requiresKey,
    baseUrl: spec.baseUrl,
    defaults: spec.defaults,
    supportsText: true,
    supportsJson: true,
    imageCapabilities: spec.imageCapabilities,
    generateImages: (connection, request) =>
      namingReplacement(provider, request.model, async () => {
        checkImageRequest(provider, spec.imageCapabilities(request.model), request);
        const client = await openAiClientFor(connection, spec.endpoint);
        return generateWithImagesApi(
          client,
          spec.imageParams(request),
          request.signal,
          errorContext(provider, connection),
        );
      }),
    generateText: (connection, request) =>
      namingReplacement(provider, request.model, async () => {
        const client = await openAiClientFor(connection, spec.endpoint);
        return generateChatText(client, request, spec.endpoint, errorContext(provider, connection));
      }),
    async listModels(connection, signal) {
      const client = await openAiClientFor(connection, spec.endpoint);
      return (spec.parseModels ?? parseOpenAiModels)(
        await getJson(client, "/models", signal, errorContext(provider, connection)),
      );
    },
    async testConnection(connection, signal) {
      const client = await openAiClientFor(connection, spec.endpoint);
      return { models: await listModelIds(client, signal, errorContext(provider, connection)) };
    },
  };
}
