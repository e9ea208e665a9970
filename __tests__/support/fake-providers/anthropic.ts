import { headerValue, startFakeServer, type FakeProviderServer } from "./fake-server";

/**
 * Anthropic's Messages API: POST /v1/messages (x-api-key and anthropic-version headers required)
 * → `{ type: "message", content: [{ type: "text", text }], stop_reason }`; GET /v1/models →
 * `{ data: [{ id }] }`. Errors: `{ type: "error", error: { type, message } }`.
 */

export type AnthropicKnobs = {
  baseUrl: string;
  textReply: string;
  models: string[];
};

export type FakeAnthropic = FakeProviderServer & AnthropicKnobs;

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "authentication_error",
  403: "permission_error",
  404: "not_found_error",
  429: "rate_limit_error",
  500: "api_error",
  529: "overloaded_error",
};

export function anthropicErrorBody(status: number, message: string, code?: string) {
  return { type: "error", error: { type: code ?? ERROR_TYPES[status] ?? "api_error", message } };
}

export async function startFakeAnthropic(
  options: Partial<AnthropicKnobs> & { requiredKey?: string } = {},
): Promise<FakeAnthropic> {
  const fake = await startFakeServer<AnthropicKnobs>({
    knobs: {
      baseUrl: "",
      textReply: "A grizzled human fighter, scarred and patient.",
      models: ["claude-haiku-4-5", "claude-sonnet-4-5"],
      ...options,
    },
    errorBody: anthropicErrorBody,
    route(request, fake) {
      const key = headerValue(request, "x-api-key");
      if (fake.requiredKey !== undefined && key !== fake.requiredKey)
        return fake.errorReply(401, `invalid x-api-key ${key}`);
      if (!headerValue(request, "anthropic-version"))
        return fake.errorReply(400, "anthropic-version: header is required");
      if (request.method === "POST" && request.path === "/v1/messages") {
        return {
          json: {
            id: "msg_fake",
            type: "message",
            role: "assistant",
            model: request.body?.model,
            content: fake.refuseContent ? [] : [{ type: "text", text: fake.textReply }],
            stop_reason: fake.refuseContent ? "refusal" : "end_turn",
            usage: { input_tokens: 12, output_tokens: 24 },
          },
        };
      }
      if (request.method === "GET" && request.path === "/v1/models") {
        const data = fake.models.map((id) => ({
          type: "model",
          id,
          display_name: id,
          created_at: "2025-10-01T00:00:00Z",
        }));
        return { json: { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null } };
      }
      return fake.errorReply(404, `Not found: ${request.path}`);
    },
  });
  fake.requiredKey = options.requiredKey;
  fake.baseUrl = fake.origin;
  return fake;
}
