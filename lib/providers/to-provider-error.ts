import "server-only";
import { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { providerErrorFromStatus } from "./error-status-table";
import { networkAdvice, networkCode } from "./network-advice";
import { parseRetryAfter, providerReason } from "./provider-reason";
import { scrubSecrets, type ErrorContext } from "./safe-provider-message";
import { ProviderError } from "./types";

/**
 * Turns whatever a provider call threw (an SDK error, a fetch failure, an abort, an HTTP error
 * body) into a ProviderError whose message is safe to store and show: the provider's reason, read
 * from the fields its error body puts it in (`providerReason`), never the body itself (an HTML page,
 * whatever a wrong URL served) and never our own exception text. Every message goes through
 * scrubSecrets: providers like to echo the key back ("Incorrect API key provided: sk-..."), and
 * proxies encode, escape or split it (`scrub-secrets.ts`).
 */

// Errors from fetch come from Node's own realm (and DOMException is not always an Error there),
// so look at names and messages rather than trusting instanceof.
const nameOf = (error: unknown) =>
  typeof error === "object" && error !== null ? String((error as { name?: unknown }).name ?? "") : "";
const messageOf = (error: unknown) =>
  typeof error === "object" && error !== null ? String((error as { message?: unknown }).message ?? "") : "";

function isAbort(error: unknown): boolean {
  return nameOf(error) === "AbortError" || nameOf(error) === "TimeoutError";
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
