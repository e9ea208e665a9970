// Not `import "server-only"`: the generation worker (tsx) stores its images through this too.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import type { StorageStandingResponse } from "@/lib/schemas/account-response";

/**
 * The per-user storage quota: the bytes of every image a user owns (uploads, generations, maps,
 * tokens) may not pass `STORAGE_QUOTA_MB` (default 2048; 0 turns it off). Cached derivatives are
 * not counted: they are a bounded cache per image, dropped and remade at will.
 *
 * A save reserves its bytes before its file is written (`reserveStorage`), under a lock of its
 * owner's StorageUsage row: stored bytes (a row kept exact by triggers on Image, never a SUM) plus
 * the live reservations of that owner's other saves plus this one must fit. Two saves of one user
 * at the same moment therefore cannot both pass at the quota; other users take other rows and do
 * not wait. The Image row's insert deletes the reservation in the same transaction, so the bytes
 * move from reserved to stored at once (migration storage_totals).
 */

export const DEFAULT_STORAGE_QUOTA_MB = 2048;
const MB = 1024 * 1024;
/** A reservation older than this was left by a crash (a save writes one file, then one row); the
 * orphan sweep's grace for a file without a row is as long, so both give up on a save together. */
export const RESERVATION_TTL_MINUTES = 15;

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/** The quota in bytes, or null for unlimited. A value that is not a number falls back to the default. */
export function storageQuotaBytes(): number | null {
  const raw = process.env.STORAGE_QUOTA_MB?.trim();
  const megabytes = raw ? Number(raw) : DEFAULT_STORAGE_QUOTA_MB;
  if (!Number.isFinite(megabytes) || megabytes < 0) return DEFAULT_STORAGE_QUOTA_MB * MB;
  return megabytes === 0 ? null : Math.floor(megabytes * MB);
}

const formatMb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;

/**
 * 413 STORAGE_QUOTA_EXCEEDED in the one error shape, with what is used and what the image needs.
 * `incomingBytes` is 0 when a request is refused before its size is known (a generation asked for
 * by a user whose storage is already full).
 */
export class StorageQuotaExceededError extends AppError {
  constructor(usedBytes: number, quotaBytes: number, incomingBytes: number) {
    const needs = incomingBytes > 0 ? `, and this image needs ${formatMb(incomingBytes)}` : "";
    super(
      "STORAGE_QUOTA_EXCEEDED",
      `Your storage is full: ${formatMb(usedBytes)} of ${formatMb(quotaBytes)} used${needs}. ` +
        "Delete images you no longer need to make room.",
      { details: { usedBytes, quotaBytes, incomingBytes } },
    );
    this.name = "StorageQuotaExceededError";
  }
}

/** Stored bytes plus live reservations: what a new save has to fit beside. */
async function takenBytes(db: Db, ownerId: string): Promise<{ storedBytes: number; reservedBytes: number }> {
  const [row] = await db.$queryRaw<{ stored: bigint | null; reserved: bigint | null }[]>`
    SELECT (SELECT "storedBytes" FROM "StorageUsage" WHERE "userId" = ${ownerId}::uuid) AS stored,
           (SELECT sum(bytes) FROM "StorageReservation"
             WHERE "ownerId" = ${ownerId}::uuid
               AND "createdAt" > now() - make_interval(mins => ${RESERVATION_TTL_MINUTES}::int)) AS reserved`;
  return { storedBytes: Number(row.stored ?? 0), reservedBytes: Number(row.reserved ?? 0) };
}

/** Where a user stands, for Settings: the bytes their images take, and the quota (null: unlimited). */
export async function storageStanding(ownerId: string): Promise<StorageStandingResponse> {
  const { storedBytes } = await takenBytes(prisma, ownerId);
  return { usedBytes: storedBytes, quotaBytes: storageQuotaBytes() };
}

/**
 * A 413 when `incomingBytes` more would not fit; with 0, when nothing more fits at all. No lock:
 * an early answer (a generation request, an upload's declared length) that the reservation at
 * save time confirms.
 */
export async function assertStorageRoom(ownerId: string, incomingBytes: number, db: Db = prisma): Promise<void> {
  const quota = storageQuotaBytes();
  if (quota === null) return;
  const { storedBytes, reservedBytes } = await takenBytes(db, ownerId);
  const used = storedBytes + reservedBytes;
  if (incomingBytes > 0 ? used + incomingBytes > quota : used >= quota)
    throw new StorageQuotaExceededError(used, quota, incomingBytes);
}

/**
 * Reserves `bytes` for the file about to be written at `path`, or throws StorageQuotaExceededError
 * and reserves nothing. Returns false when there is no quota (nothing was reserved).
 */
export async function reserveStorage(ownerId: string, path: string, bytes: number): Promise<boolean> {
  const quota = storageQuotaBytes();
  if (quota === null) return false;
  await prisma.$transaction(async (tx) => {
    // The lock: the owner's usage row, made if the owner has none yet. Held to commit, so the
    // count below and the reservation after it are one decision per owner.
    await tx.$executeRaw`
      INSERT INTO "StorageUsage" ("userId") VALUES (${ownerId}::uuid)
      ON CONFLICT ("userId") DO UPDATE SET "storedBytes" = "StorageUsage"."storedBytes"`;
    await tx.$executeRaw`
      DELETE FROM "StorageReservation"
      WHERE "ownerId" = ${ownerId}::uuid AND "createdAt" <= now() - make_interval(mins => ${RESERVATION_TTL_MINUTES}::int)`;
    const { storedBytes, reservedBytes } = await takenBytes(tx, ownerId);
    const used = storedBytes + reservedBytes;
    if (used + bytes > quota) throw new StorageQuotaExceededError(used, quota, bytes);
    await tx.$executeRaw`
      INSERT INTO "StorageReservation" (path, "ownerId", bytes) VALUES (${path}, ${ownerId}::uuid, ${bytes}::int)`;
  });
  return true;
}

/** Gives back a reservation whose save did not end in an Image row (a refused or failed save). */
export async function releaseStorage(path: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "StorageReservation" WHERE path = ${path}`;
}
