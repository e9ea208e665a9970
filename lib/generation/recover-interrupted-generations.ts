import { prisma } from "@/lib/db/client";
import { notifyBatchChanged } from "./batch-events";
import { attemptBudgetMs, MAX_WORKER_ATTEMPTS } from "./config";
import { isInFlightHere } from "./in-flight";
import { heartbeatStaleMs } from "./heartbeat";
import { enqueueBatch } from "./queue";

export const INTERRUPTED_MESSAGE = "interrupted by a server restart";

/**
 * Finds generations left GENERATING by a worker that is gone and puts them back in the queue, or
 * fails them once they have used their attempts.
 *
 * "Gone" means: a pipeline generation (it has a batch) without a heartbeat for a few beats (a live
 * worker touches what it holds, see heartbeat.ts); any other GENERATING row, not touched for longer
 * than any live worker could hold one (every provider attempt timing out plus backoff, see
 * attemptBudgetMs). Resetting *every* GENERATING row at startup would
 * be simpler, but with `npm run worker` processes running beside the web process it would steal
 * generations that other live workers are in the middle of. A stale row's old worker, should it
 * still wake up, cannot complete it: the save is fenced on the attempt number.
 */
export async function recoverInterruptedGenerations(
  options: { staleAfterMs?: number } = {},
): Promise<{ requeued: string[]; failed: string[] }> {
  const cutoff = (ms: number) => new Date(Date.now() - (options.staleAfterMs ?? ms));
  const stale = await prisma.generation.findMany({
    where: {
      status: "GENERATING",
      OR: [
        { batchId: { not: null }, updatedAt: { lt: cutoff(heartbeatStaleMs()) } },
        { batchId: null, updatedAt: { lt: cutoff(attemptBudgetMs()) } },
      ],
    },
    select: { id: true, batchId: true, attempts: true, ownerId: true, profileId: true },
  });
  const requeued: string[] = [];
  const failed: string[] = [];
  const batches = new Set<string>();
  for (const generation of stale) {
    if (isInFlightHere(generation.id)) continue; // ours and alive, just slow
    const retry = generation.attempts < MAX_WORKER_ATTEMPTS && generation.batchId !== null;
    const { count } = await prisma.generation.updateMany({
      where: { id: generation.id, status: "GENERATING", attempts: generation.attempts },
      data: retry
        ? { status: "PENDING" }
        : { status: "FAILED", errorCode: "INTERRUPTED", error: INTERRUPTED_MESSAGE, completedAt: new Date() },
    });
    if (count === 0) continue;
    (retry ? requeued : failed).push(generation.id);
    if (generation.batchId) batches.add(generation.batchId);
  }
  for (const batchId of batches) {
    const retried = stale.find((row) => row.batchId === batchId && requeued.includes(row.id));
    if (retried?.profileId) await enqueueBatch({ batchId, ownerId: retried.ownerId, profileId: retried.profileId });
    await notifyBatchChanged(batchId);
  }
  if (requeued.length + failed.length > 0) {
    console.log(
      `[generation] recovered interrupted generations: ${requeued.length} re-queued, ${failed.length} failed`,
    );
  }
  return { requeued, failed };
}
