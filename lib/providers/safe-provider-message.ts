import "server-only";
import { removeSecret } from "./scrub-secrets";

/** Who a message is about and what it must hide: every provider failure message is made with one. */
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
