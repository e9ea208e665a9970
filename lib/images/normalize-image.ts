import sharp, { type Metadata } from "sharp";

/** 40 megapixels: far above any provider's output, far below what would exhaust memory. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Compressed bytes refused before decoding at all. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

const OUTPUT = {
  jpeg: { ext: "jpg", mime: "image/jpeg" },
  webp: { ext: "webp", mime: "image/webp" },
  png: { ext: "png", mime: "image/png" },
} as const;
const WEBP_MAX_SIDE = 16_383;
const RASTER_INPUTS = new Set(["png", "jpeg", "webp", "gif", "avif", "heif", "tiff"]);

export type NormalizedImage = {
  bytes: Buffer;
  mimeType: string;
  format: string;
  ext: string;
  width: number;
  height: number;
};

/** The provider's bytes are not an image we accept. The message is ours, safe to store and show. */
export class ImageRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImageRejectedError";
  }
}

/**
 * Decodes the whole image (a header check alone would pass a truncated file), refuses anything
 * that is not a raster image or is too large, applies EXIF rotation and re-encodes without
 * metadata (sharp drops it unless asked to keep it). Web formats stay in their format (JPEG, WebP,
 * PNG); anything else (TIFF, HEIF, AVIF, GIF) becomes WebP, which keeps transparency at a fraction
 * of a PNG's size (a photo-sized TIFF as PNG is tens of MB). WebP stops at 16,383 pixels a side,
 * so a longer image becomes PNG.
 */
export async function normalizeImage(input: Buffer): Promise<NormalizedImage> {
  if (input.length === 0) throw new ImageRejectedError("The provider returned an empty image");
  if (input.length > MAX_INPUT_BYTES) throw new ImageRejectedError("The provider returned an image larger than 50 MB");
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (error) {
    throw rejection(error);
  }
  const sourceFormat: string | undefined = meta.format;
  if (!sourceFormat || !RASTER_INPUTS.has(sourceFormat)) {
    throw new ImageRejectedError(
      `The provider returned ${sourceFormat ? `a ${sourceFormat} file` : "data"} that is not a supported image`,
    );
  }
  const output = outputFormat(sourceFormat, meta);
  // failOn "warning": libvips only warns on some truncated files and would otherwise pad them grey.
  const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "warning" }).rotate();
  const encoded =
    output.ext === "jpg"
      ? pipeline.jpeg({ quality: 92, mozjpeg: false })
      : output.ext === "webp"
        ? pipeline.webp({ quality: 92 })
        : pipeline.png();
  try {
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return {
      bytes: data,
      mimeType: output.mime,
      format: info.format,
      ext: output.ext,
      width: info.width,
      height: info.height,
    };
  } catch (error) {
    throw rejection(error);
  }
}

function outputFormat(
  sourceFormat: string,
  size: { width?: number; height?: number },
): (typeof OUTPUT)[keyof typeof OUTPUT] {
  if (sourceFormat === "jpeg" || sourceFormat === "webp" || sourceFormat === "png") return OUTPUT[sourceFormat];
  return Math.max(size.width ?? 0, size.height ?? 0) > WEBP_MAX_SIDE ? OUTPUT.png : OUTPUT.webp;
}

function rejection(error: unknown): ImageRejectedError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message))
    return new ImageRejectedError(
      `The provider returned an image larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels`,
    );
  if (/unsupported image format/i.test(message))
    return new ImageRejectedError("The provider returned data that is not an image");
  return new ImageRejectedError("The provider returned an image that could not be decoded (corrupt or truncated)");
}
