import "server-only";
import { LRUCache } from "lru-cache";
import sharp from "sharp";
import { getFileStorage, openedFromBytes, StoredFileNotFoundError, type OpenedFile } from "@/lib/storage";

/** Resize/convert options of the image route; width and height are bounded by the zod schema. */
export type DerivativeOptions = { width?: number; height?: number; quality?: number; format?: "png" | "jpg" | "webp" };

const MIME = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
const DEFAULT_QUALITY = 82;

export function hasDerivativeOptions(options: DerivativeOptions): boolean {
  return Boolean(options.width || options.height || options.quality || options.format);
}

/** The output format: as asked, else the original's (its `format` column says png, jpeg or webp). */
export function derivativeFormat(options: DerivativeOptions, originalFormat: string): keyof typeof MIME {
  if (options.format) return options.format;
  return originalFormat === "jpeg" || originalFormat === "jpg" ? "jpg" : originalFormat === "webp" ? "webp" : "png";
}

export const derivativeMime = (format: keyof typeof MIME) => MIME[format];

/** One name per distinct rendering: it is both the cache file's name and the ETag's suffix. */
export function derivativeVariant(options: DerivativeOptions, originalFormat: string): string {
  const format = derivativeFormat(options, originalFormat);
  return `w${options.width ?? 0}-h${options.height ?? 0}-q${options.quality ?? DEFAULT_QUALITY}-${format}`;
}

/**
 * Opens the cached derivative, making it once on first request: decode the original, fit it inside
 * width×height (never enlarging), encode, and store atomically so concurrent requests for the same
 * variant at worst both render and one rename wins. Cached under derived/<imageId>/, removed with
 * the image (lib/storage/remove-image-files.ts).
 */
export async function openDerivative(imageId: string, originalKey: string, originalFormat: string, options: DerivativeOptions): Promise<OpenedFile> {
  const storage = getFileStorage();
  const format = derivativeFormat(options, originalFormat);
  const key = `derived/${imageId}/${derivativeVariant(options, originalFormat)}.${format}`;
  const cacheKey = storage.absolutePath(key);
  const cached = memory.get(cacheKey);
  if (cached) return openedFromBytes(cached);
  try {
    return remember(cacheKey, await storage.openRead(key));
  } catch (error) {
    if (!(error instanceof StoredFileNotFoundError)) throw error;
  }
  const original = await storage.read(originalKey);
  const quality = options.quality ?? DEFAULT_QUALITY;
  let pipeline = sharp(original, { limitInputPixels: 40_000_000 });
  if (options.width || options.height) {
    pipeline = pipeline.resize({ width: options.width, height: options.height, fit: "inside", withoutEnlargement: true });
  }
  const encoded = format === "jpg" ? pipeline.jpeg({ quality, mozjpeg: true }) : format === "webp" ? pipeline.webp({ quality }) : pipeline.png({ compressionLevel: 9 });
  await storage.write(key, await encoded.toBuffer());
  return remember(cacheKey, await storage.openRead(key));
}

/**
 * Derivatives (thumbnails) kept in memory up to MEMORY_BYTES per process, the least recently used
 * out first. A derivative file never changes under its name (image ids never get other bytes, the
 * variant names the rendering), and every request still passes the visibility check first (the
 * database, or visibility-cache.ts, which forgets on every change), so a deleted image's entry is
 * never served; it just ages out.
 */
const MEMORY_BYTES = 32 * 1024 * 1024;
const memory = new LRUCache<string, Uint8Array>({ maxSize: MEMORY_BYTES, sizeCalculation: (bytes) => Math.max(1, bytes.length) });

function remember(cacheKey: string, file: OpenedFile): OpenedFile {
  if (file.bytes && !memory.has(cacheKey)) memory.set(cacheKey, file.bytes);
  return file;
}
