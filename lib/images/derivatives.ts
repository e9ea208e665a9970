import "server-only";
import { LRUCache } from "lru-cache";
import sharp from "sharp";
import {
  derivativePrefix,
  getFileStorage,
  openedFromBytes,
  StoredFileNotFoundError,
  type FileStorage,
  type OpenedFile,
} from "@/lib/storage";

/** Resize/convert options of the image route; width and height are bounded by the zod schema. */
export type DerivativeOptions = { width?: number; height?: number; quality?: number; format?: "png" | "jpg" | "webp" };

const MIME = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" } as const;
const DEFAULT_QUALITY = 82;

/** The quality steps a derivative is encoded at; a requested quality is rounded to the nearest. */
const QUALITY_STEPS = [40, 60, 75, 82, 90, 100] as const;
/** At most this many cached renderings per image; past it, new ones are rendered but not kept. */
export const MAX_VARIANTS_PER_IMAGE = 24;

/**
 * What a request changes about the original, or null when nothing: quality on PNG has no effect
 * and the original's own format with no resize is the original, so neither makes a cache file.
 */
export function effectiveDerivativeOptions(
  options: DerivativeOptions,
  originalFormat: string,
): DerivativeOptions | null {
  const format = derivativeFormat(options, originalFormat);
  const resized = Boolean(options.width || options.height);
  const quality = format === "png" || options.quality === undefined ? undefined : nearestQuality(options.quality);
  const converted = format !== derivativeFormat({}, originalFormat);
  if (!resized && !converted && quality === undefined) return null;
  return { width: options.width, height: options.height, quality, format };
}

function nearestQuality(quality: number): number {
  return QUALITY_STEPS.reduce((best, step) => (Math.abs(step - quality) < Math.abs(best - quality) ? step : best));
}

/** The output format: as asked, else the original's (its `format` column says png, jpeg or webp). */
export function derivativeFormat(options: DerivativeOptions, originalFormat: string): keyof typeof MIME {
  if (options.format) return options.format;
  return originalFormat === "jpeg" || originalFormat === "jpg" ? "jpg" : originalFormat === "webp" ? "webp" : "png";
}

export const derivativeMime = (format: keyof typeof MIME) => MIME[format];

/** One name per distinct rendering (of effective options): the cache file's name and the ETag's suffix. */
export function derivativeVariant(options: DerivativeOptions, originalFormat: string): string {
  const format = derivativeFormat(options, originalFormat);
  const quality = format === "png" ? 0 : (options.quality ?? DEFAULT_QUALITY);
  return `w${options.width ?? 0}-h${options.height ?? 0}-q${quality}-${format}`;
}

/**
 * Opens the cached derivative, making it once on first request: decode the original, fit it inside
 * width×height (never enlarging), encode, and store atomically so concurrent requests for the same
 * variant at worst both render and one write wins. Cached in storage under derived/<imageId>/, so
 * with object storage every node serves (or, if it is gone, rebuilds) the same file; the bytes of
 * small ones also stay in this process's memory. Past MAX_VARIANTS_PER_IMAGE files there, a new
 * rendering is served from memory only, so no request pattern grows one image's cache without end.
 * `options` are effective ones (effectiveDerivativeOptions).
 */
export async function openDerivative(
  imageId: string,
  originalKey: string,
  originalFormat: string,
  options: DerivativeOptions,
): Promise<OpenedFile> {
  const storage = getFileStorage();
  const format = derivativeFormat(options, originalFormat);
  const key = `${derivativePrefix(imageId)}${derivativeVariant(options, originalFormat)}.${format}`;
  const cached = memory.get(key);
  if (cached) return openedFromBytes(cached);
  try {
    return remember(key, await storage.openRead(key));
  } catch (error) {
    if (!(error instanceof StoredFileNotFoundError)) throw error;
  }
  const original = await storage.read(originalKey);
  const quality = options.quality ?? DEFAULT_QUALITY;
  let pipeline = sharp(original, { limitInputPixels: 40_000_000 });
  if (options.width || options.height) {
    pipeline = pipeline.resize({
      width: options.width,
      height: options.height,
      fit: "inside",
      withoutEnlargement: true,
    });
  }
  const encoded =
    format === "jpg"
      ? pipeline.jpeg({ quality, mozjpeg: true })
      : format === "webp"
        ? pipeline.webp({ quality })
        : pipeline.png({ compressionLevel: 9 });
  const bytes = await encoded.toBuffer();
  if ((await cachedVariantCount(storage, imageId)) >= MAX_VARIANTS_PER_IMAGE) {
    return remember(key, openedFromBytes(bytes));
  }
  await storage.write(key, bytes);
  // Served from the rendered bytes: reading back what was just written is one more round trip
  // (on object storage, a GET) for the same bytes.
  return remember(key, openedFromBytes(bytes));
}

/** Only on a cache miss: one directory read, or one LIST request on object storage. */
async function cachedVariantCount(storage: FileStorage, imageId: string): Promise<number> {
  let count = 0;
  for await (const entry of storage.list(derivativePrefix(imageId))) if (entry) count++;
  return count;
}

/**
 * Derivatives (thumbnails) kept in memory up to MEMORY_BYTES per process, the least recently used
 * out first. A derivative file never changes under its name (image ids never get other bytes, the
 * variant names the rendering), and every request still passes the visibility check first (the
 * database, or visibility-cache.ts, which forgets on every change), so a deleted image's entry is
 * never served; it just ages out.
 */
const MEMORY_BYTES = 32 * 1024 * 1024;
const memory = new LRUCache<string, Uint8Array>({
  maxSize: MEMORY_BYTES,
  sizeCalculation: (bytes) => Math.max(1, bytes.length),
});

/** Thumbnail-sized entries only (as storage's openRead reads whole): a few large renderings would evict them all. */
const MEMORY_ENTRY_MAX_BYTES = 256 * 1024;

/** Keyed by storage key: a derivative's key names its bytes for good, whichever node made them. */
function remember(key: string, file: OpenedFile): OpenedFile {
  if (file.bytes && file.bytes.length <= MEMORY_ENTRY_MAX_BYTES && !memory.has(key)) memory.set(key, file.bytes);
  return file;
}

/** Empties this process's derivative memory, as a fresh node starts: benchmarks of the storage path. */
export function forgetDerivativesInMemory(): void {
  memory.clear();
}
