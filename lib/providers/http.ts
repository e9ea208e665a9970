import "server-only";
import { assertPublicBaseUrl } from "./base-url-guard";
import { providerErrorFromStatus } from "./error-status-table";
import { parseRetryAfter, providerReason, type ProviderReason } from "./provider-reason";
import type { ErrorContext } from "./safe-provider-message";
import { toProviderError } from "./to-provider-error";
import { guardedFetch } from "./guarded-fetch";
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

/** The provider's reason in an error body (never the body itself: a proxy's HTML page says nothing useful). */
function describeErrorBody(text: string): ProviderReason {
  try {
    return providerReason(JSON.parse(text));
  } catch {
    return { message: "" };
  }
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
 * It goes through the connect-time address guard (`guarded-fetch.ts`).
 */
export function cappedFetch(
  provider: string,
  maxBytes = MAX_PROVIDER_RESPONSE_BYTES,
  base: typeof fetch = guardedFetch,
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
