import "server-only";
import { assertPublicBaseUrl } from "./base-url-guard";
import {
  parseRetryAfter,
  providerErrorFromStatus,
  retryDelayFromErrorBody,
  toProviderError,
  type ErrorContext,
} from "./errors";
import { ProviderError, type ProviderConnection } from "./types";

/** Where a provider lives: its preset URL, and whether that preset is ours (public, known). */
export type Endpoint = {
  provider: string;
  defaultBaseUrl?: string;
  /** True when the default is a public preset we hard-coded (api.openai.com…): no DNS check needed. */
  trustedDefault: boolean;
};

/**
 * The base URL a call goes to, without a trailing slash. Anything a user typed, and any default
 * that is not a known public preset (Ollama's localhost), passes through the private-address guard.
 */
export async function resolveBaseUrl(connection: ProviderConnection, endpoint: Endpoint): Promise<string> {
  const url = (connection.baseUrl?.trim() || endpoint.defaultBaseUrl || "").replace(/\/+$/, "");
  if (!url) throw new ProviderError("BAD_REQUEST", `${endpoint.provider} needs a base URL`);
  if (!(endpoint.trustedDefault && url === endpoint.defaultBaseUrl)) await assertPublicBaseUrl(url);
  return url;
}

export function errorContext(provider: string, connection: ProviderConnection): ErrorContext {
  return { provider, secrets: [connection.apiKey] };
}

/** Pulls a message and code out of the error bodies providers send ({error:{message}}, {error:"..."}). */
export function describeErrorBody(text: string): { message: string; code?: string; retryAfterMs?: number } {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const error = body.error;
    if (typeof error === "string") return { message: error };
    if (error && typeof error === "object") {
      const { message, code, type, status } = error as Record<string, unknown>;
      const codeText = [code, type, status].find((value) => typeof value === "string") as string | undefined;
      return {
        message: typeof message === "string" ? message : text.slice(0, 200),
        code: codeText,
        retryAfterMs: retryDelayFromErrorBody(body),
      };
    }
    if (typeof body.message === "string") return { message: body.message };
  } catch {
    // Not JSON: an HTML error page from a proxy, say. Its first line is enough.
  }
  return { message: text.slice(0, 200) };
}

/**
 * The most bytes one provider response may have (a JSON reply with base64 images included): a few
 * full-size images fit, a runaway answer is stopped while it streams, before any text or base64
 * decoding multiplies it in memory.
 */
export const MAX_PROVIDER_RESPONSE_BYTES = 64 * 1024 * 1024;

const responseTooLarge = (provider: string, maxBytes: number) =>
  new ProviderError("INVALID_RESPONSE", `${provider} sent a response larger than ${Math.round(maxBytes / 1048576)} MB`);

/**
 * `fetch` whose response body fails once it passes `maxBytes` (at once when Content-Length says so),
 * for our own calls and as the SDKs' fetch, so every provider answer is capped at the HTTP layer.
 */
export function cappedFetch(
  provider: string,
  maxBytes = MAX_PROVIDER_RESPONSE_BYTES,
  base: typeof fetch = fetch,
): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel();
      throw responseTooLarge(provider, maxBytes);
    }
    if (!response.body) return response;
    let seen = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > maxBytes) controller.error(responseTooLarge(provider, maxBytes));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

type JsonRequest = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: unknown;
  signal: AbortSignal;
};

/**
 * A JSON call for providers without an SDK here (Ollama, Anthropic, Imagen's REST method).
 * Redirects are refused: a guarded base URL must not bounce the request somewhere unguarded.
 */
export async function requestJson<T>(url: string, request: JsonRequest, context: ErrorContext): Promise<T> {
  try {
    const response = await cappedFetch(context.provider)(url, {
      method: request.method ?? (request.body === undefined ? "GET" : "POST"),
      headers: {
        accept: "application/json",
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        ...request.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      redirect: "error",
    });
    const text = await response.text();
    if (!response.ok) {
      const { message, code, retryAfterMs } = describeErrorBody(text);
      throw providerErrorFromStatus(response.status, message, context, {
        code,
        retryAfterMs: parseRetryAfter(response.headers) ?? retryAfterMs,
      });
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ProviderError("INVALID_RESPONSE", `${context.provider} sent a response that is not valid JSON`);
    }
  } catch (error) {
    throw toProviderError(error, context, request.signal);
  }
}
