import {
  bearerKey,
  startFakeServer,
  type FakeProviderServer,
  type FakeReply,
  type RecordedRequest,
} from "./fake-server";

/**
 * OpenAI's wire format: POST {base}/images/generations, POST {base}/chat/completions,
 * GET {base}/models, errors as `{ error: { message, type, code, param } }`. The same fake serves
 * xAI, GAB AI and any OpenAI-compatible server (routes match on the path's end).
 * Generated pictures can also be fetched at GET /files/<name> (the `url` variant).
 */

export type OpenAIKnobs = {
  /** Base URL to give an adapter: `${origin}/v1`. */
  baseUrl: string;
  /** "url" makes /images/generations answer with URLs (served by this fake) instead of b64_json. */
  imageResponse: "b64_json" | "url";
  /** Sent back as revised_prompt on every image when set (what dall-e-3 does). */
  revisedPrompt?: string;
  /** Reply to ordinary chat completions. */
  textReply: string;
  /** Reply when the request asks for response_format json_object. */
  jsonReply: string;
  models: string[];
};

export type FakeOpenAI = FakeProviderServer & OpenAIKnobs;

const ERROR_TYPES: Record<number, string> = {
  400: "invalid_request_error",
  401: "invalid_request_error",
  403: "permission_denied",
  404: "invalid_request_error",
  429: "rate_limit_exceeded",
  500: "server_error",
  503: "server_error",
};

export function openAIErrorBody(status: number, message: string, code?: string) {
  return { error: { message, type: ERROR_TYPES[status] ?? "api_error", param: null, code: code ?? null } };
}

function images(request: RecordedRequest, fake: FakeOpenAI): FakeReply {
  const { model = "dall-e-2", n = 1 } = request.body ?? {};
  if (fake.refuseContent) {
    return fake.errorReply(
      400,
      "Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.",
      "content_policy_violation",
    );
  }
  if (model === "dall-e-3" && n !== 1)
    return fake.errorReply(400, "You must provide n=1 for this model.", "invalid_value");
  const data = Array.from({ length: n }, (_, index) => ({
    ...(fake.imageResponse === "url"
      ? { url: `${fake.origin}/files/img-${fake.requests.length}-${index}.png` }
      : { b64_json: fake.imageBytes.toString("base64") }),
    ...(fake.revisedPrompt ? { revised_prompt: fake.revisedPrompt } : {}),
  }));
  return {
    json: {
      created: Math.floor(Date.now() / 1000),
      data,
      ...(String(model).startsWith("gpt-image") ? { output_format: "png" } : {}),
    },
  };
}

function chat(request: RecordedRequest, fake: FakeOpenAI): FakeReply {
  const json = ["json_object", "json_schema"].includes(request.body?.response_format?.type);
  const content = fake.refuseContent ? null : json ? fake.jsonReply : fake.textReply;
  return {
    json: {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: request.body?.model,
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: null },
          finish_reason: fake.refuseContent ? "content_filter" : "stop",
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
    },
  };
}

/** Starts a fake OpenAI server. `fake.baseUrl` is what goes in a connection's baseUrl. */
export async function startFakeOpenAI(
  options: Partial<OpenAIKnobs> & { requiredKey?: string } = {},
): Promise<FakeOpenAI> {
  const fake = await startFakeServer<OpenAIKnobs>({
    knobs: {
      baseUrl: "",
      imageResponse: "b64_json",
      textReply: "A stout dwarf cleric in dented plate, lantern-lit, oil painting.",
      jsonReply: JSON.stringify({ prompt: "A stout dwarf cleric in dented plate", tags: ["dwarf", "cleric"] }),
      models: ["gpt-image-1.5", "dall-e-3", "gpt-5.4-mini"],
      ...options,
    },
    errorBody: openAIErrorBody,
    route(request, fake) {
      if (request.method === "GET" && request.path.startsWith("/files/")) {
        return { headers: { "content-type": fake.imageMimeType }, body: fake.imageBytes };
      }
      const key = bearerKey(request);
      if (fake.requiredKey !== undefined && key !== fake.requiredKey) {
        // Like OpenAI, echo what was presented: the adapter must scrub it from its error.
        return fake.errorReply(
          401,
          `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          "invalid_api_key",
        );
      }
      if (request.method === "POST" && request.path.endsWith("/images/generations")) return images(request, fake);
      if (request.method === "POST" && request.path.endsWith("/chat/completions")) return chat(request, fake);
      if (request.method === "GET" && request.path.endsWith("/models")) {
        return {
          json: {
            object: "list",
            data: fake.models.map((id) => ({ id, object: "model", created: 1700000000, owned_by: "system" })),
          },
        };
      }
      return fake.errorReply(404, `Unknown path ${request.path}`, "unknown_url");
    },
  });
  fake.requiredKey = options.requiredKey;
  fake.baseUrl = `${fake.origin}/v1`;
  return fake;
}
