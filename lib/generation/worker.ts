import type { Job } from "pg-boss";
import { startOrphanSweepSchedule, stopOrphanSweepWork } from "@/lib/storage/orphan-sweep-job";
import { closeBatchEvents } from "./batch-events";
import { workerConcurrency } from "./config";
import { loadProfileConnection } from "./load-profile-connection";
import { GENERATION_QUEUE, getBoss, stopBoss } from "./queue";
import { recoverInterruptedGenerations } from "./recover-interrupted-generations";
import { claimBatch, processClaimedBatch } from "./run-generation-batch";
import { Slots } from "./slots";
import type { GenerationJob } from "./types";

const RECOVERY_INTERVAL_MS = 60_000;

type WorkerState = {
  started?: Promise<void>;
  slots?: Slots;
  tasks: Set<Promise<void>>;
  recoveryTimer?: NodeJS.Timeout;
};
const state: WorkerState = ((globalThis as { __arcaneForgeWorker?: WorkerState }).__arcaneForgeWorker ??= {
  tasks: new Set(),
});

/**
 * Starts this process's generation worker (once; later calls return the same promise).
 *
 * Provider calls are I/O-bound and take seconds, so a pg-boss job only *hands over* a batch: the
 * handler waits for a free slot, claims the batch (PENDING → GENERATING, committed before the job
 * completes, so a crash never loses it) and runs it in the background. Up to `concurrency` batches
 * run at once per process, and 50 two-second calls take about two seconds rather than fifty
 * handler turns. A crash after the claim leaves rows GENERATING, which recovery picks up.
 */
export function startGenerationWorker(options: { concurrency?: number } = {}): Promise<void> {
  state.started ??= start(options.concurrency ?? workerConcurrency()).catch((error: unknown) => {
    state.started = undefined;
    throw error;
  });
  return state.started;
}

async function start(concurrency: number): Promise<void> {
  const slots = (state.slots = new Slots(concurrency));
  const boss = await getBoss();
  await recoverInterruptedGenerations().catch(logError("recovery"));
  state.recoveryTimer = setInterval(
    () => void recoverInterruptedGenerations().catch(logError("recovery")),
    RECOVERY_INTERVAL_MS,
  );
  state.recoveryTimer.unref();
  await boss.work<GenerationJob>(
    GENERATION_QUEUE,
    // Two pollers fetching small batches keep hand-over quick; the slots bound the real work. A
    // burst of sends coalesces into a few wake-ups, so a full batch means "fetch again now"
    // rather than waiting for the next notification or poll.
    {
      localConcurrency: 2,
      batchSize: 8,
      burstWhenBatchFull: true,
      pollingIntervalSeconds: 1,
      notifyPollingIntervalSeconds: 10,
    },
    async (jobs: Job<GenerationJob>[]) => {
      for (const job of jobs) await handOver(job.data, slots);
    },
  );
  // Storage upkeep rides on the same pg-boss: files left by a crash between write and commit.
  await startOrphanSweepSchedule(boss).catch(logError("orphan sweep schedule"));
  console.log(`[generation] worker started (${concurrency} concurrent generations)`);
}

async function handOver(job: GenerationJob, slots: Slots): Promise<void> {
  await slots.acquire();
  await runAcquired(job, slots);
}

/**
 * The short way for a batch just enqueued by this process: when its worker has a free slot, run
 * the batch now instead of waiting for pg-boss to deliver the job back (a notification and a
 * fetch later). The job stays queued as the durable path; whichever comes second finds nothing
 * PENDING to claim. Without a local worker (GENERATION_IN_PROCESS_WORKER=false) this does nothing.
 */
export async function runHereIfIdle(job: GenerationJob): Promise<boolean> {
  const slots = state.slots;
  if (!state.started || !slots?.tryAcquire()) return false;
  return runAcquired(job, slots).catch((error: unknown) => {
    logError(`batch ${job.batchId}`)(error);
    return false;
  });
}

/** Claims the batch with a slot already held and runs it in the background; true if claimed here. */
async function runAcquired({ batchId, ownerId, profileId }: GenerationJob, slots: Slots): Promise<boolean> {
  // The key is read and decrypted while the batch is claimed, not after: one round trip less
  // before the provider call. It stays in this process's memory either way.
  const connection = loadProfileConnection(ownerId, profileId);
  connection.catch(() => undefined); // settled (or reported) by processClaimedBatch
  let claimed: Awaited<ReturnType<typeof claimBatch>>;
  try {
    claimed = await claimBatch(batchId);
  } catch (error) {
    slots.release();
    throw error; // the job fails; its rows are still PENDING and visible to the user
  }
  if (!claimed) {
    slots.release(); // cancelled while queued, or another worker has it
    return false;
  }
  const task = processClaimedBatch(claimed, connection)
    .catch(logError(`batch ${batchId}`))
    .finally(() => {
      slots.release();
      state.tasks.delete(task);
    });
  state.tasks.add(task);
  return true;
}

/** Stops fetching, lets running generations finish (up to `graceMs`), closes connections. */
export async function stopGenerationWorker(graceMs = 30_000): Promise<void> {
  const started = state.started;
  state.started = undefined;
  state.slots = undefined;
  clearInterval(state.recoveryTimer);
  if (started) {
    await started.catch(() => undefined);
    const boss = await getBoss().catch(() => undefined);
    await boss?.offWork(GENERATION_QUEUE).catch(() => undefined);
    if (boss) await stopOrphanSweepWork(boss);
  }
  const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
  await Promise.race([Promise.allSettled([...state.tasks]), grace]);
  await stopBoss();
  await closeBatchEvents();
}

function logError(what: string) {
  return (error: unknown) =>
    console.error(`[generation] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}
