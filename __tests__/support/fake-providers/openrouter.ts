import {
  bearerKey,
  startFakeServer,
  type FakeProviderServer,
  type FakeReply,
  type RecordedRequest,
} from "./fake-server";

/**
 * OpenRouter: POST /api/v1/chat/completions (with `modalities: ["image","text"]` the assistant
 * message carries `images: [{ type: "image_url", image_url: { url: "data:image/png;base64,…" } }]`),
 * GET /api/v1/models, GET /api/v1/key (who the key belongs to). Errors are
 * `{ error: { code: <number>, message, metadata? } }`; moderation refusals come back as 403.
 */

export type OpenRouterKnobs = {
  /** `${origin}/api/v1` */
  baseUrl: string;
  textReply: string;
  jsonReply: string;
  models: string[];
  /** Images per image reply (OpenRouter models usually send one). */
  imagesPerReply: number;
};

export type FakeOpenRouter = FakeProviderServer & OpenRouterKnobs;

export function openRouterErrorBody(status: number, message: string, code?: string) {
  return { error: { code: status, message, ...(code ? { metadata: { reason: code } } : {}) } };
}

function chat(request: RecordedRequest, fake: FakeOpenRouter): FakeReply {
  if (fake.refuseContent) {
    return fake.errorReply(
      403,
      "Your chosen model requires moderation and your input was flagged for: violence",
      "moderation",
    );
  }
  const wantsImage = Array.isArray(request.body?.modalities) && request.body.modalities.includes("image");
  const json = ["json_object", "json_schema"].includes(request.body?.response_format?.type);
  const dataUrl = `data:${fake.imageMimeType};base64,${fake.imageBytes.toString("base64")}`;
  const message = wantsImage
    ? {
        role: "assistant",
        content: "Here is your image.",
        images: Array.from({ length: fake.imagesPerReply }, () => ({ type: "image_url", image_url: { url: dataUrl } })),
      }
    : { role: "assistant", content: json ? fake.jsonReply : fake.textReply };
  return {
    json: {
      id: "gen-fake",
      provider: "Google",
      model: request.body?.model,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      choices: [{ index: 0, finish_reason: "stop", native_finish_reason: "STOP", message }],
      usage: { prompt_tokens: 9, completion_tokens: 1290, total_tokens: 1299 },
    },
  };
}

export async function startFakeOpenRouter(
  options: Partial<OpenRouterKnobs> & { requiredKey?: string } = {},
): Promise<FakeOpenRouter> {
  const fake = await startFakeServer<OpenRouterKnobs>({
    knobs: {
      baseUrl: "",
      textReply: "A tiefling warlock wreathed in violet smoke, ink and wash.",
      jsonReply: JSON.stringify({ prompt: "A tiefling warlock", tags: ["tiefling"] }),
      models: ["google/gemini-2.5-flash-image", "openai/gpt-4o-mini"],
      imagesPerReply: 1,
      ...options,
    },
    errorBody: openRouterErrorBody,
    route(request, fake) {
      if (request.method === "GET" && request.path === "/api/v1/models") {
        // Public on OpenRouter: no key needed.
        return { json: { data: fake.models.map((id) => ({ id, name: id, context_length: 32768 })) } };
      }
      const key = bearerKey(request);
      if (fake.requiredKey !== undefined && key !== fake.requiredKey)
        return fake.errorReply(401, `No auth credentials found for key ${key}`);
      if (request.method === "POST" && request.path === "/api/v1/chat/completions") return chat(request, fake);
      if (request.method === "GET" && request.path === "/api/v1/key") {
        return { json: { data: { label: "sk-or-v1-abc...xyz", limit: null, usage: 0.25, is_free_tier: false } } };
      }
      return fake.errorReply(404, `Not found: ${request.path}`);
    },
  });
  fake.requiredKey = options.requiredKey;
  fake.baseUrl = `${fake.origin}/api/v1`;
  return fake;
}
