import { providerErrorFromStatus } from "./error-status-table";
import { scrubSecrets, type ErrorContext } from "./safe-provider-message";
import { ProviderError } from "./types";

/**
 * What a chat completion (OpenAI wire format) said besides its text, read before the text is
 * trusted. OpenRouter answers 200 once a model has started and puts a failure in the body, beside
 * any partial content (`error: { code, message }` at the top or on the choice, finish_reason
 * "error"); OpenAI reports a refusal in `message.refusal` and a reply cut off by the token limit
 * as finish_reason "length". Each becomes a ProviderError in the provider's words.
 */

type EmbeddedError = { code?: unknown; message?: unknown; metadata?: unknown } | null | undefined;

export type ChatReply = {
  error?: EmbeddedError;
  choices?: Array<{
    finish_reason?: string | null;
    error?: EmbeddedError;
    message?: { content?: string | null; refusal?: string | null } | null;
  }> | null;
};

function embeddedFailure(error: EmbeddedError, context: ErrorContext): ProviderError {
  const code = error?.code;
  // OpenRouter's code is the HTTP status the failure would have had (502 upstream down, 429, ...).
  const status = typeof code === "number" && code >= 400 && code < 600 ? code : 502;
  const message =
    typeof error?.message === "string" && error.message ? error.message : "the model failed while answering";
  return providerErrorFromStatus(status, message, context, { code });
}

/** A failure reported inside a 200 body, or a reply withheld by the content filter. */
export function throwIfFailedReply(reply: ChatReply, context: ErrorContext): void {
  const choice = reply.choices?.[0];
  if (reply.error) throw embeddedFailure(reply.error, context);
  if (choice?.error || choice?.finish_reason === "error") throw embeddedFailure(choice?.error, context);
  if (choice?.finish_reason === "content_filter") {
    throw new ProviderError("CONTENT_POLICY", `${context.provider} withheld the reply under its content policy`);
  }
}

/** Throws when the reply is not a whole, willing answer; returns the text when it is. */
export function checkedChatText(reply: ChatReply, context: ErrorContext): string {
  throwIfFailedReply(reply, context);
  const choice = reply.choices?.[0];
  const refusal = choice?.message?.refusal;
  if (refusal)
    throw new ProviderError(
      "REFUSED",
      `${context.provider}'s model declined: ${scrubSecrets(refusal, context.secrets)}`,
    );
  if (choice?.finish_reason === "length") {
    throw new ProviderError(
      "TRUNCATED",
      `${context.provider}'s reply was cut off at the token limit before it finished. Reasoning models spend part of the limit thinking: try again, or pick a non-reasoning text model in the profile.`,
    );
  }
  const text = choice?.message?.content;
  if (!text) throw new ProviderError("INVALID_RESPONSE", `${context.provider} returned an empty reply`);
  return text;
}
