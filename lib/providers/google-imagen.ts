import "server-only";
import type { ErrorContext } from "./safe-provider-message";
import { requestJson } from "./http";
import { ProviderError, type ImageRequest, type ProviderImage } from "./types";

/**
 * Imagen on the Gemini Developer API (API-key) is called over REST here, not through
 * `@google/genai`: from 3.x the SDK's `models.generateImages` throws "only supported by the
 * Gemini Enterprise Agent Platform" unless the client is in Vertex mode, and a Google AI Studio
 * key is not a Vertex key. The wire format is the one the SDK itself sends to `:predict`
 * (`instances[].prompt`, `parameters.sampleCount` / `aspectRatio`, answers in
 * `predictions[].bytesBase64Encoded`), with the key in `x-goog-api-key` as the SDK sends it.
 */

type PredictResponse = {
  predictions?: Array<{ bytesBase64Encoded?: string; mimeType?: string; raiFilteredReason?: string }>;
};

export async function generateImagenImages(
  baseUrl: string,
  apiKey: string,
  request: ImageRequest,
  context: ErrorContext,
): Promise<ProviderImage[]> {
  const response = await requestJson<PredictResponse>(
    `${baseUrl}/v1beta/models/${encodeURIComponent(request.model)}:predict`,
    {
      headers: { "x-goog-api-key": apiKey },
      body: {
        instances: [{ prompt: request.prompt }],
        parameters: { sampleCount: request.n, ...(request.aspectRatio ? { aspectRatio: request.aspectRatio } : {}) },
      },
      signal: request.signal,
    },
    context,
  );
  const predictions = response.predictions ?? [];
  const images = predictions
    .filter((prediction) => prediction.bytesBase64Encoded)
    .map((prediction) => ({
      bytes: Buffer.from(prediction.bytesBase64Encoded!, "base64"),
      mimeType: prediction.mimeType ?? "image/png",
    }));
  if (images.length > 0) return images;
  // Imagen drops filtered pictures and says why in raiFilteredReason (or returns nothing at all).
  const reason = predictions.find((prediction) => prediction.raiFilteredReason)?.raiFilteredReason;
  if (reason || predictions.length === 0) {
    throw new ProviderError(
      "CONTENT_POLICY",
      `Google filtered every image under its safety policy${reason ? `: ${reason}` : ""}`,
    );
  }
  throw new ProviderError("INVALID_RESPONSE", "Google returned no image data");
}
