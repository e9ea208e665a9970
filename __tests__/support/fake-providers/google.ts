import {
  headerValue,
  startFakeServer,
  type FakeProviderServer,
  type FakeReply,
  type RecordedRequest,
} from "./fake-server";

/**
 * The Gemini Developer API as @google/genai 3.1 calls it (read off intercepted requests):
 * - POST /{version}/models/{model}:generateContent — the SDK's default is /v1, our adapter pins /v1beta;
 *   both are answered.
 *   Body `{ contents: [{ role: "user", parts: [{ text }] }], generationConfig: {...}, systemInstruction }`.
 *   Image models (ids containing "image") answer with `inlineData` parts, others with text.
 * - POST /v1beta/models/{model}:predict — Imagen: `{ instances: [{ prompt }], parameters: { sampleCount } }`
 *   → `{ predictions: [{ bytesBase64Encoded, mimeType }] }`.
 * - GET /{version}/models → `{ models: [{ name: "models/…" }] }`.
 * The key arrives in the `x-goog-api-key` header. Errors: `{ error: { code, message, status } }`.
 * `refuseContent` answers the way Google blocks: finishReason IMAGE_SAFETY / raiFilteredReason.
 */

export type GoogleKnobs = {
  /** Base URL for a connection: the origin (the SDK adds the version). */
  baseUrl: string;
  textReply: string;
  jsonReply: string;
  models: string[];
  /** Also send a text part next to each generated image, as Gemini often does. */
  imageCaption?: string;
};

export type FakeGoogle = FakeProviderServer & GoogleKnobs;

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

export function googleErrorBody(status: number, message: string, code?: string) {
  return { error: { code: status, message, status: code ?? STATUS_NAMES[status] ?? "UNKNOWN" } };
}

const MODEL_CALL = /^\/(v1|v1beta|v1alpha)\/models\/([^:]+):(generateContent|predict)$/;

function generateContent(model: string, request: RecordedRequest, fake: FakeGoogle): FakeReply {
  const isImage = model.includes("image");
  if (fake.refuseContent) {
    return {
      json: { candidates: [{ finishReason: isImage ? "IMAGE_SAFETY" : "SAFETY", index: 0 }], modelVersion: model },
    };
  }
  const json = request.body?.generationConfig?.responseMimeType === "application/json";
  const parts = isImage
    ? [
        ...(fake.imageCaption ? [{ text: fake.imageCaption }] : []),
        { inlineData: { mimeType: fake.imageMimeType, data: fake.imageBytes.toString("base64") } },
      ]
    : [{ text: json ? fake.jsonReply : fake.textReply }];
  return {
    json: {
      candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
      usageMetadata: { promptTokenCount: 8, candidatesTokenCount: 16, totalTokenCount: 24 },
      modelVersion: model,
    },
  };
}

function predict(request: RecordedRequest, fake: FakeGoogle): FakeReply {
  const count = request.body?.parameters?.sampleCount ?? 1;
  if (fake.refuseContent)
    return { json: { predictions: [{ raiFilteredReason: "Your prompt was blocked by our safety filters." }] } };
  return {
    json: {
      predictions: Array.from({ length: count }, () => ({
        bytesBase64Encoded: fake.imageBytes.toString("base64"),
        mimeType: fake.imageMimeType,
      })),
    },
  };
}

export async function startFakeGoogle(
  options: Partial<GoogleKnobs> & { requiredKey?: string } = {},
): Promise<FakeGoogle> {
  const fake = await startFakeServer<GoogleKnobs>({
    knobs: {
      baseUrl: "",
      textReply: "A half-elf ranger under autumn leaves, watercolor.",
      jsonReply: JSON.stringify({ prompt: "A half-elf ranger", tags: ["ranger"] }),
      models: ["gemini-2.5-flash", "gemini-2.5-flash-image", "imagen-4.0-generate-001"],
      ...options,
    },
    errorBody: googleErrorBody,
    route(request, fake) {
      const key = headerValue(request, "x-goog-api-key") ?? request.query.get("key") ?? undefined;
      if (fake.requiredKey !== undefined && key !== fake.requiredKey) {
        // Google answers a bad key with 400, not 401. The fake also echoes the key (Google does not)
        // so tests prove the adapter scrubs it either way.
        return fake.errorReply(
          400,
          `API key not valid. Please pass a valid API key. (key: ${key})`,
          "INVALID_ARGUMENT",
        );
      }
      const call = MODEL_CALL.exec(request.path);
      if (request.method === "POST" && call?.[3] === "generateContent")
        return generateContent(decodeURIComponent(call[2]), request, fake);
      if (request.method === "POST" && call?.[3] === "predict") return predict(request, fake);
      if (request.method === "GET" && /^\/(v1|v1beta|v1alpha)\/models$/.test(request.path)) {
        return {
          json: {
            models: fake.models.map((id) => ({
              name: `models/${id}`,
              displayName: id,
              supportedGenerationMethods: ["generateContent"],
            })),
          },
        };
      }
      return fake.errorReply(404, `Method not found: ${request.path}`);
    },
  });
  fake.requiredKey = options.requiredKey;
  fake.baseUrl = fake.origin;
  return fake;
}
