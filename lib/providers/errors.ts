import "server-only";
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { removeSecret } from "./scrub-secrets";
import { ProviderError, type ProviderErrorKind } from "./types";

/**
 * Turns whatever a provider call threw (an SDK error, a fetch failure, an abort, an HTTP error
 * body) into a ProviderError whose message is safe to store and show: the provider's reason, read
 * from the fields its error body puts it in (`providerReason`), never the body itself (an HTML page,
 * whatever a wrong URL served) and never our own exception text. Every message goes through
 * scrubSecrets: providers like to echo the key back ("Incorrect API key provided: sk-..."), and
 * proxies encode, escape or split it (`scrub-secrets.ts`).
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

export function scrubSecrets(text: string, secrets: Array<string | null | undefined> = []): string {
  let scrubbed = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) scrubbed = removeSecret(scrubbed, secret);
  }
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS) scrubbed = scrubbed.replace(pattern, replacement);
  scrubbed = scrubbed.replace(/\s+/g, " ").trim();
  return scrubbed.length > MAX_MESSAGE_LENGTH ? `${scrubbed.slice(0, MAX_MESSAGE_LENGTH)}…` : scrubbed;
}

export type ProviderReason = { message: string; code?: string; retryAfterMs?: number };

/**
 * The reason a provider's error body gives, from the fields providers use: `{error:{message, code,
 * type, status}}` (OpenAI and most), `{error:"..."}`, `{message}`, `{detail}` (FastAPI-style
 * servers). Anything else has no reason to show: `message` is then empty, never the raw body.
 */
export function providerReason(body: unknown): ProviderReason {
  if (!body || typeof body !== "object") return { message: "" };
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === "string") return { message: error };
  if (error && typeof error === "object") {
    const { message, code, type, status } = error as Record<string, unknown>;
    const codeText = [code, type, status].find((value) => typeof value === "string") as string | undefined;
    return {
      message: typeof message === "string" ? message : "",
      code: codeText,
      retryAfterMs: retryDelayFromErrorBody(record),
    };
  }
  for (const field of ["message", "detail", "error_description"]) {
    if (typeof record[field] === "string") return { message: record[field] as string };
  }
  return { message: "" };
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
const CONTENT_POLICY_TEXT =
  /content polic|safety system|moderation|not allowed by our safety|violat(es|ion)|blocked for safety/i;

const BAD_KEY_TEXT =
  /api key not valid|invalid api key|api_key_invalid|incorrect api key|invalid x-api-key|invalid_api_key|no auth credentials/i;

// OpenAI's `insufficient_quota`, OpenRouter's 402, Anthropic's "credit balance is too low": paying fixes it, waiting does not.
const QUOTA_CODES = new Set(["insufficient_quota", "billing_hard_limit_reached", "billing_not_active"]);
const QUOTA_TEXT =
  /exceeded your current quota|insufficient (credits|balance|funds)|credit balance is too low|billing/i;

/** The kinds of 403 the providers document, each with what the user can do about it. */
const FORBIDDEN_REASONS: Array<[RegExp, string]> = [
  [
    /organi[sz]ation (must|needs to) be verified|verify (your )?organi[sz]ation|organization_verification/i,
    "needs your organisation verified before it will use this model (see the provider's organisation settings)",
  ],
  [
    /(country|region|territory|location).{0,40}(not supported|unsupported|not available)|unsupported_country|not available in your (country|region)/i,
    "does not serve this region",
  ],
  [
    /guardrail|data policy|privacy setting/i,
    "blocked the request under your account's guardrail or data policy settings",
  ],
];

export function looksLikeContentPolicy(code: unknown, message: string): boolean {
  // Codes arrive as strings from OpenAI but as numbers from OpenRouter: compare as text.
  return (code != null && CONTENT_POLICY_CODES.has(String(code).toLowerCase())) || CONTENT_POLICY_TEXT.test(message);
}

/** xAI has sent its bad-key message URL-encoded ("Incorrect%20API%20key"): read it as words. */
function decodeIfEncoded(message: string): string {
  if (!/%[0-9a-f]{2}/i.test(message)) return message;
  try {
    return decodeURIComponent(message.replace(/\+/g, " "));
  } catch {
    return message;
  }
}

function classify(
  status: number,
  message: string,
  code: unknown,
  retryAfterMs: number | undefined,
): [ProviderErrorKind, string] {
  const codeText = String(code ?? "").toLowerCase();
  const both = `${codeText} ${message}`;
  if (status === 401) return ["AUTH", "rejected the credentials"];
  if (BAD_KEY_TEXT.test(both) && status >= 400 && status < 500) return ["AUTH", "rejected the credentials"];
  if (status === 402 || QUOTA_CODES.has(codeText) || (status !== 429 && QUOTA_TEXT.test(message)))
    return ["QUOTA", "says the account has no credit or quota left"];
  // Google's per-minute quota says "exceeded your current quota" too, but it comes with a retry delay.
  if (status === 429 && QUOTA_TEXT.test(message) && retryAfterMs === undefined)
    return ["QUOTA", "says the account has no credit or quota left"];
  if (status === 403) {
    // 403 is also how OpenRouter says "your input was flagged by moderation", hence the order.
    if (looksLikeContentPolicy(code, message)) return ["CONTENT_POLICY", "refused the prompt under its content policy"];
    const reason = FORBIDDEN_REASONS.find(([pattern]) => pattern.test(both))?.[1];
    return ["PERMISSION", reason ?? "refused access to this model or feature for this key"];
  }
  if (status === 429) return ["RATE_LIMITED", "is rate limiting requests"];
  if (status === 408) return ["TIMEOUT", "timed out"];
  if (status >= 500) return ["SERVER", "had a server error"];
  if (looksLikeContentPolicy(code, message)) return ["CONTENT_POLICY", "refused the prompt under its content policy"];
  return ["BAD_REQUEST", "rejected the request"];
}

/** The one status table: what an HTTP failure means for the pipeline (retry or not, what to say). */
export function providerErrorFromStatus(
  status: number,
  providerMessage: string,
  context: ErrorContext,
  extra: { code?: unknown; retryAfterMs?: number } = {},
): ProviderError {
  const message = scrubSecrets(decodeIfEncoded(providerMessage), context.secrets);
  const [kind, summary] = classify(status, message, extra.code, extra.retryAfterMs);
  const said = message ? `: ${message}` : "";
  return new ProviderError(kind, `${context.provider} ${summary} (${status})${said}`, {
    status,
    retryAfterMs: kind === "RATE_LIMITED" ? extra.retryAfterMs : undefined,
  });
}

/** Google's 429 body carries google.rpc.RetryInfo: `details: [{ "@type": "…RetryInfo", retryDelay: "37s" }]`. */
function retryDelayFromErrorBody(body: unknown): number | undefined {
  const details = (body as { error?: { details?: unknown } } | null)?.error?.details;
  if (!Array.isArray(details)) return undefined;
  for (const detail of details) {
    const delay = (detail as { retryDelay?: unknown } | null)?.retryDelay;
    const match = typeof delay === "string" ? /^(\d+(?:\.\d+)?)s$/.exec(delay.trim()) : null;
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return undefined;
}

// Errors from fetch come from Node's own realm (and DOMException is not always an Error there),
// so look at names and messages rather than trusting instanceof.
const nameOf = (error: unknown) =>
  typeof error === "object" && error !== null ? String((error as { name?: unknown }).name ?? "") : "";
const messageOf = (error: unknown) =>
  typeof error === "object" && error !== null ? String((error as { message?: unknown }).message ?? "") : "";

function isAbort(error: unknown): boolean {
  return nameOf(error) === "AbortError" || nameOf(error) === "TimeoutError";
}

const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "UND_ERR_SOCKET",
]);

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
function googleStyleError(
  error: unknown,
): { status: number; message: string; code?: string; retryAfterMs?: number } | null {
  if (nameOf(error) !== "ApiError") return null;
  const status = (error as { status?: unknown }).status;
  if (typeof status !== "number") return null;
  try {
    // The SDK prefixes the body with text ("got status: 429 …. {json}"): read from the first brace.
    const raw = messageOf(error);
    const body = JSON.parse(raw.slice(Math.max(0, raw.indexOf("{")))) as {
      error?: { message?: string; status?: string };
    };
    return { status, ...providerReason(body) };
  } catch {
    return { status, message: "" }; // not the JSON error body: no reason worth showing
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

/** The address guard refuses a connection with a ProviderError, which fetch and the SDKs wrap as a cause. */
function providerErrorInCauses(error: unknown): ProviderError | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof ProviderError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function mapError(error: unknown, context: ErrorContext, signal?: AbortSignal): ProviderError {
  const ours = providerErrorInCauses(error);
  if (ours) return new ProviderError(ours.kind, scrubSecrets(ours.message, context.secrets), ours.options);
  if (
    error instanceof APIUserAbortError ||
    error instanceof APIConnectionTimeoutError ||
    isAbort(error) ||
    signal?.aborted
  ) {
    return new ProviderError("TIMEOUT", `${context.provider} did not answer in time (the request was cancelled)`);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    // The SDK's own message repeats the body when it was not JSON (an HTML page): read only
    // the parsed error object.
    const reason = providerReason({ error: error.error });
    return providerErrorFromStatus(error.status, reason.message, context, {
      code: error.code ?? error.type,
      retryAfterMs: parseRetryAfter(error.headers) ?? reason.retryAfterMs,
    });
  }
  const google = googleStyleError(error);
  if (google)
    return providerErrorFromStatus(google.status, google.message, context, {
      code: google.code,
      retryAfterMs: google.retryAfterMs,
    });
  const code = networkCode(error);
  if (code || error instanceof APIError || (nameOf(error) === "TypeError" && /fetch failed/i.test(messageOf(error)))) {
    return new ProviderError("NETWORK", `Could not reach ${context.provider}: ${networkAdvice(code)}`);
  }
  if (nameOf(error) === "SyntaxError") {
    return new ProviderError("INVALID_RESPONSE", `${context.provider} sent a response that is not valid JSON`);
  }
  // Internal exception text (a TypeError from a surprising body, say) is not the provider's reason
  // and means nothing to a user: say what happened in our words instead.
  return new ProviderError("SERVER", `${context.provider} call failed for an unexpected reason; try again`);
}
