import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import { assertStorageRoom } from "@/lib/images/storage-quota";
import { generationTimeoutMs, maxPendingPerUser } from "./config";

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Serialises this user's generation requests until the transaction ends: the count below and the
 * insert after it then cannot interleave with another request of the same user, so two requests
 * at the limit never both pass. Other users' requests take other keys and do not wait.
 */
export async function lockGenerationQuota(tx: Db, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`generation-quota:${userId}`}::text, 0))::text`;
}

/**
 * A 413 STORAGE_QUOTA_EXCEEDED when the user's storage is already full (no picture they ask for
 * could be kept, so none is queued: nothing is created, rather than a FAILED record later); else a
 * 429 when `count` more generations would put the user past their waiting limit. Only pipeline
 * generations count (they have a job); rows recorded through the asset API never reach a worker.
 * Inside the locked transaction this is the decision; outside it (before spending a text-model
 * call on a portrait prompt, say) it is an early answer that the locked check confirms. Storage
 * with room left is decided again per image when it is saved (the reservation in lib/images).
 */
export async function assertGenerationCapacity(userId: string, count: number, db: Db = prisma): Promise<void> {
  await assertStorageRoom(userId, 0, db);
  const limit = maxPendingPerUser();
  const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
    SELECT count(*)::int AS waiting FROM "Generation"
    WHERE "ownerId" = ${userId}::uuid AND status = 'PENDING' AND "jobId" IS NOT NULL`;
  if (waiting + count <= limit) return;
  throw new AppError(
    "RATE_LIMITED",
    `You have ${waiting} generation${waiting === 1 ? "" : "s"} waiting to start; at most ${limit} may wait at once. ` +
      `Try again when some have started, or cancel some.`,
    { retryAfterSeconds: retryAfterSeconds(), details: { waiting, requested: count, limit } },
  );
}

/**
 * When to ask again: a waiting generation starts once one of the user's running ones ends, which
 * takes at most about one provider call; a few seconds at least, a minute at most.
 */
function retryAfterSeconds(): number {
  return Math.min(60, Math.max(5, Math.ceil(generationTimeoutMs() / 1000)));
}
