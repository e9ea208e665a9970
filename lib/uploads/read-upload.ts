import "server-only";
import { AppError } from "@/lib/http/errors";
import { fileField } from "@/lib/http/form";
import {
  ImageRejectedError,
  MAX_INPUT_PIXELS,
  normalizeImage,
  type NormalizedImage,
} from "@/lib/images/normalize-image";
import { withoutIllegalTextCharacters } from "@/lib/http/text-characters";

/** Uploads are smaller than generated images may be: a user's file, checked before decoding. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// Multipart framing and the small text fields around the file.
export const FORM_OVERHEAD_BYTES = 64 * 1024;

/** The whole multipart body of an upload: the file and the small text fields around it. */
export const UPLOAD_FORM_LIMIT_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;

/** The `file` field of every image upload: present and within the size limit (413), checked before decoding. */
export const uploadedImageFile = () => fileField({ maxBytes: MAX_UPLOAD_BYTES });

export type UploadedImage = { image: NormalizedImage; originalName: string };

/**
 * Decodes an uploaded file fully with the pipeline's normalizeImage: real raster types only, a
 * pixel cap against decompression bombs, truncated files refused, EXIF/GPS metadata stripped by
 * re-encoding. The route boundary has already refused a body or file over its limit. Nothing is
 * stored here.
 */
export async function decodeUploadedImage(file: File): Promise<UploadedImage> {
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    const image = await normalizeImage(bytes);
    return { image, originalName: typeof file.name === "string" && file.name ? file.name : "upload" };
  } catch (error) {
    throw uploadRejection(error);
  }
}

function uploadRejection(error: unknown): AppError {
  if (!(error instanceof ImageRejectedError))
    return error instanceof AppError ? error : new AppError("VALIDATION", "The file could not be read as an image");
  const message = error.message;
  if (/megapixels/.test(message))
    return new AppError("TOO_LARGE", `The image is larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels`);
  if (/larger than/.test(message)) return tooLarge();
  if (/not a supported image|not an image|empty/.test(message)) {
    return new AppError(
      "UNSUPPORTED_MEDIA_TYPE",
      "The file is not a supported image (PNG, JPEG, WebP, GIF, AVIF, TIFF)",
    );
  }
  return new AppError("VALIDATION", "The image could not be decoded: it is corrupt or truncated");
}

const tooLarge = () => new AppError("TOO_LARGE", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);

/** A display name from the uploaded file's name: no extension, no path, never empty. */
export function nameFromFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const name = withoutIllegalTextCharacters(base)
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[_-]+/g, " ")
    .trim();
  return (name || "Uploaded image").slice(0, 200);
}
