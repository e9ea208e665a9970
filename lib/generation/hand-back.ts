import { prisma } from "@/lib/db/client";
import { notifyBatchChanged } from "./batch-events";
import { abortInProcess } from "./in-flight";
import { enqueueBatch } from "./queue";
import type { GenerationJob } from "./types";

/** A batch this process claimed and has not settled: what a stopping worker must give back. */
export type HeldBatch = { job: GenerationJob; generations: Array<{ id: string; attempts: number }> };

/**
 * A stopping worker's batches that did not finish within the grace period go back to the queue:
 * each generation returns to PENDING only if it is still GENERATING under this worker's attempt
 * (a save that committed first keeps its image; a hand-back that commits first makes the save
 * discard its file, see saveGeneratedImage), the provider calls are aborted, and a new job is sent
 * so another worker claims the batch. Nothing is lost and nothing is made twice.
 */
export async function handBackBatches(batches: HeldBatch[]): Promise<string[]> {
  const handedBack: string[] = [];
  for (const { job, generations } of batches) {
    const returned: string[] = [];
    for (const { id, attempts } of generations) {
      const { count } = await prisma.generation.updateMany({
        where: { id, status: "GENERATING", attempts },
        data: { status: "PENDING" },
      });
      if (count > 0) returned.push(id);
    }
    for (const id of returned) abortInProcess(id);
    if (returned.length === 0) continue;
    await enqueueBatch(job);
    await notifyBatchChanged(job.batchId);
    handedBack.push(...returned);
  }
  if (handedBack.length > 0) console.log(`[generation] handed back ${handedBack.length} generations to the queue`);
  return handedBack;
}

/** Jobs delivered to this worker that never got a slot: sent again for another worker. */
export async function requeueUnstartedJobs(jobs: GenerationJob[]): Promise<void> {
  for (const job of jobs) await enqueueBatch(job);
}
