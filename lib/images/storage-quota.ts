// Not `import "server-only"`: the generation worker (tsx) stores its images through this too.
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";

/**
 * The per-user storage quota: the bytes of every image a user owns (uploads, generations, maps,
 * tokens) may not pass `STORAGE_QUOTA_MB` (default 2048; 0 turns it off). Cached derivatives are
 * not counted: they are a bounded cache per image, dropped and remade at will.
 *
 * Checked before a file is written, so a refused store leaves no file and no row. Two stores of
 * one user running at the same moment may both pass and overshoot by at most those images: the
 * quota is a limit on growth, not an accounting ledger.
 */

export const DEFAULT_STORAGE_QUOTA_MB = 2048;
const MB = 1024 * 1024;

/** The quota in bytes, or null for unlimited. A value that is not a number falls back to the default. */
export function storageQuotaBytes(): number | null {
  const raw = process.env.STORAGE_QUOTA_MB?.trim();
  const megabytes = raw ? Number(raw) : DEFAULT_STORAGE_QUOTA_MB;
  if (!Number.isFinite(megabytes) || megabytes < 0) return DEFAULT_STORAGE_QUOTA_MB * MB;
  return megabytes === 0 ? null : Math.floor(megabytes * MB);
}

const formatMb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/** 413 STORAGE_QUOTA_EXCEEDED in the one error shape, with what is used and what the image needs. */
export class StorageQuotaExceededError extends AppError {
  constructor(usedBytes: number, quotaBytes: number, incomingBytes: number) {
    super(
      "STORAGE_QUOTA_EXCEEDED",
      `Your storage is full: ${formatMb(usedBytes)} of ${formatMb(quotaBytes)} used, and this image needs ${formatMb(incomingBytes)}. ` +
        "Delete images you no longer need to make room.",
      { details: { usedBytes, quotaBytes, incomingBytes } },
    );
    this.name = "StorageQuotaExceededError";
  }
}

export async function storedBytesOf(ownerId: string): Promise<number> {
  const { _sum } = await prisma.image.aggregate({ where: { ownerId }, _sum: { bytes: true } });
  return _sum.bytes ?? 0;
}

/** Throws StorageQuotaExceededError when `incomingBytes` more would take the owner past the quota. */
export async function assertStorageQuota(ownerId: string, incomingBytes: number): Promise<void> {
  const quota = storageQuotaBytes();
  if (quota === null) return;
  const used = await storedBytesOf(ownerId);
  if (used + incomingBytes > quota) throw new StorageQuotaExceededError(used, quota, incomingBytes);
}
