import "server-only";
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
