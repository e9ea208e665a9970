import { ProviderError, type ImageCapabilities, type ImageRequest, type ProviderImage } from "./types";

/**
 * Every adapter checks a request against the capabilities it declares before spending a call, so
 * the pipeline and the UI can rely on one rule:
 * - a value outside a list the model has (size, quality, style, aspect ratio) or an n above maxN
 *   is refused with BAD_REQUEST — never silently clamped, so nobody pays for what they did not ask;
 * - an option the model does not have at all (style for gpt-image, size for Imagen) is ignored.
 */
export function checkImageRequest(
  provider: string,
  caps: ImageCapabilities | null,
  request: ImageRequest,
): ImageCapabilities {
  if (!caps) throw new ProviderError("UNSUPPORTED", `${provider} model ${request.model} cannot generate images`);
  const refuse = (what: string, allowed: readonly string[]) => {
    throw new ProviderError(
      "BAD_REQUEST",
      `${request.model} does not support ${what}; it supports ${allowed.join(", ")}`,
    );
  };
  if (!Number.isInteger(request.n) || request.n < 1 || request.n > caps.maxN) {
    throw new ProviderError(
      "BAD_REQUEST",
      caps.maxN === 1
        ? `${request.model} makes one image per request (n must be 1)`
        : `${request.model} makes 1 to ${caps.maxN} images per request`,
    );
  }
  if (request.size && caps.sizes.length > 0 && !caps.sizes.includes(request.size))
    refuse(`size ${request.size}`, caps.sizes);
  if (request.quality && caps.qualities && !caps.qualities.includes(request.quality))
    refuse(`quality ${request.quality}`, caps.qualities);
  if (request.style && caps.styles && !caps.styles.includes(request.style))
    refuse(`style ${request.style}`, caps.styles);
  if (request.aspectRatio && caps.aspectRatios && !caps.aspectRatios.includes(request.aspectRatio)) {
    refuse(`aspect ratio ${request.aspectRatio}`, caps.aspectRatios);
  }
  return caps;
}

/**
 * For providers that make one image per call (Gemini, OpenRouter chat, Ollama): repeat the call.
 * Cloud providers run the calls together; a local server (Ollama) one after another, since
 * parallel diffusion runs on one GPU only queue up and risk running it out of memory.
 */
export async function repeatForImages(
  n: number,
  mode: "parallel" | "sequential",
  once: () => Promise<ProviderImage[]>,
): Promise<ProviderImage[]> {
  if (mode === "parallel") {
    return (await Promise.all(Array.from({ length: n }, once))).flat().slice(0, n);
  }
  const images: ProviderImage[] = [];
  while (images.length < n) {
    const batch = await once();
    if (batch.length === 0) throw new ProviderError("INVALID_RESPONSE", "The provider returned no image");
    images.push(...batch);
  }
  return images.slice(0, n);
}

/** "1024x768" → { width: 1024, height: 768 }; undefined for "auto" or nonsense. */
export function parseSize(size: string | undefined): { width: number; height: number } | undefined {
  const match = size ? /^(\d{2,5})x(\d{2,5})$/.exec(size) : null;
  return match ? { width: Number(match[1]), height: Number(match[2]) } : undefined;
}
