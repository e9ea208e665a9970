import "server-only";
import { AppError } from "@/lib/http/errors";
import { ImageRejectedError, MAX_INPUT_PIXELS, normalizeImage, type NormalizedImage } from "@/lib/generation/normalize-image";

/** Uploads are smaller than generated images may be: a user's file, checked before decoding. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
// Multipart framing and the small text fields around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;

export type UploadedImage = { image: NormalizedImage; originalName: string; fields: FormData };

/**
 * Reads the multipart body's `file`, refusing anything over the size limit before it is buffered
 * (by Content-Length) and after (by the file's size), then decodes it fully with the pipeline's
 * normalizeImage: real raster types only, a pixel cap against decompression bombs, truncated files
 * refused, EXIF/GPS metadata stripped by re-encoding. Nothing is stored here.
 */
export async function readUploadedImage(request: Request): Promise<UploadedImage> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) throw tooLarge();
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the image as multipart/form-data with a `file` field");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("VALIDATION", "The upload is not valid multipart form data");
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("VALIDATION", "Attach the image in a `file` field");
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  const bytes = Buffer.from(await file.arrayBuffer());
  try {
    const image = await normalizeImage(bytes);
    return { image, originalName: "name" in file && typeof file.name === "string" ? file.name : "upload", fields: form };
  } catch (error) {
    throw uploadRejection(error);
  }
}

function uploadRejection(error: unknown): AppError {
  if (!(error instanceof ImageRejectedError)) return error instanceof AppError ? error : new AppError("VALIDATION", "The file could not be read as an image");
  const message = error.message;
  if (/megapixels/.test(message)) return new AppError("TOO_LARGE", `The image is larger than ${MAX_INPUT_PIXELS / 1_000_000} megapixels`);
  if (/larger than/.test(message)) return tooLarge();
  if (/not a supported image|not an image|empty/.test(message)) {
    return new AppError("UNSUPPORTED_MEDIA_TYPE", "The file is not a supported image (PNG, JPEG, WebP, GIF, AVIF, TIFF)");
  }
  return new AppError("VALIDATION", "The image could not be decoded: it is corrupt or truncated");
}

const tooLarge = () => new AppError("TOO_LARGE", `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);

/** A display name from the uploaded file's name: no extension, no path, never empty. */
export function nameFromFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? "";
  const name = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").replace(/[_-]+/g, " ").trim();
  return (name || "Uploaded image").slice(0, 200);
}
