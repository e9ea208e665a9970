import "server-only";
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { ProviderError, type ProviderErrorKind } from "./types";

/**
 * Turns whatever a provider call threw (an SDK error, a fetch failure, an abort, an HTTP error
 * body) into a ProviderError whose message is safe to store and show. Every message goes through
 * scrubSecrets: providers like to echo the key back ("Incorrect API key provided: sk-...").
 */

export type ErrorContext = {
  /** Human name used in messages, e.g. "OpenAI". */
  provider: string;
  /** Values that must never appear in a message: the API key, mostly. */
  secrets?: Array<string | null | undefined>;
};

const MAX_MESSAGE_LENGTH = 400;

// Shapes of keys and credentials worth hiding even when they are not the caller's own key
// (partially masked echoes such as "sk-proj-****abcd" included).
const CREDENTIAL_PATTERNS: Array<[RegExp, string]> = [
  [/\bBearer\s+[^\s"',]+/gi, "Bearer [redacted]"],
  [/\b(?:sk|xai|gsk)-[A-Za-z0-9_*.-]{6,}/g, "[redacted]"],
  [/\bAIza[A-Za-z0-9_-]{10,}/g, "[redacted]"],
  [/([?&](?:key|api_key|apikey|token)=)[^&\s"']+/gi, "$1[redacted]"],
  [/\b(x-api-key|x-goog-api-key)(["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, "$1$2[redacted]"],
];

const FRAGMENT_LENGTH = 10;

/** Removes the secret and any long piece of it (a provider may echo "the first 20 characters"). */
function removeSecret(text: string, secret: string): string {
  let scrubbed = text.split(secret).join("[redacted]");
  for (let length = secret.length - 1; length >= FRAGMENT_LENGTH; length--) {
    for (let start = 0; start + length <= secret.length; start++) {
      const fragment = secret.slice(start, start + length);
      if (scrubbed.includes(fragment)) scrubbed = scrubbed.split(fragment).join("[redacted]");
    }
  }
  return scrubbed;
}

export function scrubSecrets(text: string, secrets: Array<string | null | undefined> = []): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) scrubbed = removeSecret(scrubbed, secret);
  }
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
  return scrubbed.length > MAX_MESSAGE_LENGTH ? `${scrubbed.slice(0, MAX_MESSAGE_LENGTH)}…` : scrubbed;
}

/** Seconds or an HTTP date, as Retry-After allows; `retry-after-ms` (OpenAI) wins when present. */
export function parseRetryAfter(headers: Headers | null | undefined): number | undefined {
  if (!headers) return undefined;
  const milliseconds = Number(headers.get("retry-after-ms"));
  if (headers.get("retry-after-ms") && Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers.get("retry-after");
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

const CONTENT_POLICY_CODES = new Set(["content_policy_violation", "moderation_blocked", "content_filter", "safety"]);
const CONTENT_POLICY_TEXT = /content polic|safety system|moderation|not allowed by our safety|violat(es|ion)|blocked for safety/i;

const BAD_KEY_TEXT = /api key not valid|invalid api key|api_key_invalid|incorrect api key/i;

export function looksLikeContentPolicy(code: unknown, message: string): boolean {
  // Codes arrive as strings from OpenAI but as numbers from OpenRouter: compare as text.
  return (code != null && CONTENT_POLICY_CODES.has(String(code).toLowerCase())) || CONTENT_POLICY_TEXT.test(message);
}

/** The one status table: what an HTTP failure means for the pipeline (retry or not, what to say). */
export function providerErrorFromStatus(
  status: number,
  providerMessage: string,
  context: ErrorContext,
  extra: { code?: unknown; retryAfterMs?: number } = {},
): ProviderError {
  const message = scrubSecrets(providerMessage || `HTTP ${status}`, context.secrets);
  let kind: ProviderErrorKind;
  let summary: string;
  // 403 is also how OpenRouter says "your input was flagged by moderation", hence the order.
  if (status === 401) [kind, summary] = ["AUTH", "rejected the credentials"];
  else if (status === 403 && !looksLikeContentPolicy(extra.code, message)) [kind, summary] = ["AUTH", "rejected the credentials"];
  // Google answers a bad key with 400 INVALID_ARGUMENT "API key not valid".
  else if (status === 400 && BAD_KEY_TEXT.test(`${String(extra.code ?? "")} ${message}`)) [kind, summary] = ["AUTH", "rejected the credentials"];
  else if (status === 429) [kind, summary] = ["RATE_LIMITED", "is rate limiting requests"];
  else if (status === 408) [kind, summary] = ["TIMEOUT", "timed out"];
  else if (status >= 500) [kind, summary] = ["SERVER", "had a server error"];
  else if (looksLikeContentPolicy(extra.code, message)) [kind, summary] = ["CONTENT_POLICY", "refused the prompt under its content policy"];
  else [kind, summary] = ["BAD_REQUEST", "rejected the request"];
  return new ProviderError(kind, `${context.provider} ${summary} (${status}): ${message}`, {
    status,
    retryAfterMs: kind === "RATE_LIMITED" ? extra.retryAfterMs : undefined,
  });
}

// Errors from fetch come from Node's own realm (and DOMException is not always an Error there),
// so look at names and messages rather than trusting instanceof.
const nameOf = (error: unknown) => (typeof error === "object" && error !== null ? String((error as { name?: unknown }).name ?? "") : "");
const messageOf = (error: unknown) => (typeof error === "object" && error !== null ? String((error as { message?: unknown }).message ?? "") : "");

function isAbort(error: unknown): boolean {
  return nameOf(error) === "AbortError" || nameOf(error) === "TimeoutError";
}

const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "UND_ERR_SOCKET"]);

function networkCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NETWORK_CODES.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** What a network failure means in plain words, and what the user can check (no raw error codes). */
function networkAdvice(code: string | undefined): string {
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "its server name was not found. Check the base URL for typos and that this server can reach the internet.";
    case "ECONNREFUSED":
      return "nothing answered at that address. Check the base URL's host and port, and that the provider's server is running.";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "the network has no route to it. Check the base URL and this server's network connection.";
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return "the connection was dropped. Try again; if it keeps happening, check the base URL and any proxy in between.";
    default:
      return "the connection failed. Check the base URL and this server's network connection.";
  }
}

/** Google's SDK throws `ApiError` whose message is the raw JSON error body. */
function googleStyleError(error: unknown): { status: number; message: string } | null {
  if (nameOf(error) !== "ApiError") return null;
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number") return null;
  try {
    const body = JSON.parse(messageOf(error)) as { error?: { message?: string } };
    return { status, message: body.error?.message ?? messageOf(error) };
  } catch {
    return { status, message: messageOf(error) };
  }
}

export function toProviderError(error: unknown, context: ErrorContext, signal?: AbortSignal): ProviderError {
  try {
    return mapError(error, context, signal);
  } catch {
    // A surprising error shape must still end as a ProviderError, never as a crash in the mapper.
    return new ProviderError("SERVER", `${context.provider} call failed`);
  }
}

function mapError(error: unknown, context: ErrorContext, signal?: AbortSignal): ProviderError {
  if (error instanceof ProviderError) {
    return new ProviderError(error.kind, scrubSecrets(error.message, context.secrets), error.options);
  }
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError || isAbort(error) || signal?.aborted) {
    return new ProviderError("TIMEOUT", `${context.provider} did not answer in time (the request was cancelled)`);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const body = error.error as { message?: string } | undefined;
    return providerErrorFromStatus(error.status, body?.message ?? error.message, context, {
      code: error.code,
      retryAfterMs: parseRetryAfter(error.headers),
    });
  }
  const google = googleStyleError(error);
  if (google) return providerErrorFromStatus(google.status, google.message, context);
  const code = networkCode(error);
  if (code || error instanceof APIError || (nameOf(error) === "TypeError" && /fetch failed/i.test(messageOf(error)))) {
    return new ProviderError("NETWORK", `Could not reach ${context.provider}: ${networkAdvice(code)}`);
  }
  if (nameOf(error) === "SyntaxError") {
    return new ProviderError("INVALID_RESPONSE", `${context.provider} sent a response that is not valid JSON`);
  }
  const detail = messageOf(error) ? scrubSecrets(messageOf(error), context.secrets) : "unknown error";
  return new ProviderError("SERVER", `${context.provider} call failed: ${detail}`);
}
