import "server-only";
import { scrubSecrets, type ErrorContext } from "./safe-provider-message";
import { ProviderError, type ProviderErrorKind } from "./types";

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
