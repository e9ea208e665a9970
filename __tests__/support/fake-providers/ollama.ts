import { startFakeServer, type FakeProviderServer, type FakeReply, type RecordedRequest } from "./fake-server";

/**
 * Ollama's native API: GET /api/tags, POST /api/chat (`{ message: { role, content }, done }`),
 * POST /api/generate — for an image model (name matching z-image/flux) the experimental image
 * generation answer `{ image: "<base64>", done: true }` (or `images: [...]`, see imageField), for
 * a text model `{ response, done }`. Errors are `{ error: "message" }`. No key by default.
 */

export type OllamaKnobs = {
  baseUrl: string;
  textReply: string;
  jsonReply: string;
  models: string[];
  /** Which field carries the generated image. */
  imageField: "image" | "images";
};

export type FakeOllama = FakeProviderServer & OllamaKnobs;

export function ollamaErrorBody(_status: number, message: string) {
  return { error: message };
}

const IMAGE_MODEL = /(^|\/)(z-image|flux)/i;

function generate(request: RecordedRequest, fake: FakeOllama): FakeReply {
  const model = String(request.body?.model ?? "");
  const base = { model, created_at: new Date().toISOString(), done: true, done_reason: "stop" };
  if (!IMAGE_MODEL.test(model)) return { json: { ...base, response: fake.textReply } };
  const data = fake.imageBytes.toString("base64");
  return { json: { ...base, response: "", ...(fake.imageField === "image" ? { image: data } : { images: [data] }) } };
}

export async function startFakeOllama(
  options: Partial<OllamaKnobs> & { requiredKey?: string } = {},
): Promise<FakeOllama> {
  const fake = await startFakeServer<OllamaKnobs>({
    knobs: {
      baseUrl: "",
      textReply: "A gnome artificer with brass goggles, pencil sketch.",
      jsonReply: JSON.stringify({ prompt: "A gnome artificer", tags: ["gnome"] }),
      models: ["llama3.1:latest", "x/z-image-turbo:latest"],
      imageField: "image",
      ...options,
    },
    errorBody: ollamaErrorBody,
    route(request, fake) {
      if (fake.requiredKey !== undefined && request.headers.authorization !== `Bearer ${fake.requiredKey}`) {
        return fake.errorReply(401, "unauthorized");
      }
      if (request.method === "GET" && request.path === "/api/tags") {
        return {
          json: {
            models: fake.models.map((name) => ({
              name,
              model: name,
              modified_at: new Date().toISOString(),
              size: 1,
              digest: "sha256:0",
            })),
          },
        };
      }
      if (request.method === "POST" && request.path === "/api/chat") {
        const content =
          request.body?.format === "json" || typeof request.body?.format === "object" ? fake.jsonReply : fake.textReply;
        return {
          json: {
            model: request.body?.model,
            created_at: new Date().toISOString(),
            message: { role: "assistant", content },
            done: true,
            done_reason: "stop",
          },
        };
      }
      if (request.method === "POST" && request.path === "/api/generate") return generate(request, fake);
      return fake.errorReply(404, "404 page not found");
    },
  });
  fake.requiredKey = options.requiredKey;
  fake.baseUrl = fake.origin;
  return fake;
}
