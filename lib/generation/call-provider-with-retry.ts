import { ProviderError } from "@/lib/providers/types";
import { BACKOFF_BASE_MS, MAX_PROVIDER_ATTEMPTS, MAX_RETRY_WAIT_MS } from "./config";

/** The caller (a cancel, a shutdown) aborted: not a provider failure, nothing to retry or report. */
export class GenerationCancelledError extends Error {
  constructor() {
    super("The generation was cancelled");
    this.name = "GenerationCancelledError";
  }
}

export type RetryOptions = { signal: AbortSignal; timeoutMs: number; maxAttempts?: number };

/**
 * Runs a provider call with a per-attempt timeout and retries the failures worth retrying (429
 * and 5xx/network, per ProviderError.retryable): Retry-After when the provider sends one, else
 * exponential backoff with jitter so many workers hit by the same outage do not retry in step.
 */
export async function callProviderWithRetry<T>(
  call: (signal: AbortSignal) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const maxAttempts = options.maxAttempts ?? MAX_PROVIDER_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    if (options.signal.aborted) throw new GenerationCancelledError();
    const timeout = AbortSignal.timeout(options.timeoutMs);
    try {
      return await call(AbortSignal.any([options.signal, timeout]));
    } catch (error) {
      if (options.signal.aborted) throw new GenerationCancelledError();
      const failure = asProviderError(error, timeout.aborted);
      const wait = retryDelayMs(failure, attempt);
      if (!failure.retryable || attempt >= maxAttempts || wait === null) throw failure;
      await sleep(wait, options.signal);
    }
  }
}

function asProviderError(error: unknown, timedOut: boolean): ProviderError {
  if (timedOut) return new ProviderError("TIMEOUT", "The provider did not answer in time");
  if (error instanceof ProviderError) return error;
  // An adapter should only throw ProviderError; anything else is reported without its text,
  // which could carry request details.
  return new ProviderError("SERVER", "The provider call failed unexpectedly");
}

/** null: the provider asks for a longer wait than is worth holding a worker for. */
export function retryDelayMs(error: ProviderError, attempt: number): number | null {
  const jitter = Math.random() * BACKOFF_BASE_MS;
  const retryAfter = error.options.retryAfterMs;
  if (retryAfter !== undefined) return retryAfter > MAX_RETRY_WAIT_MS ? null : retryAfter + jitter / 5;
  const exponential = BACKOFF_BASE_MS * 2 ** (attempt - 1);
  return Math.min(MAX_RETRY_WAIT_MS, exponential / 2 + Math.random() * (exponential / 2) + jitter / 5);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new GenerationCancelledError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
