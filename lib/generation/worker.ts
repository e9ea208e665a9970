import type { Job } from "pg-boss";
import { startOrphanSweepSchedule, stopOrphanSweepWork } from "@/lib/storage/orphan-sweep-job";
import { closeBatchEvents } from "./batch-events";
import { maxRunningPerUser, workerConcurrency } from "./config";
import { loadProfileConnection } from "./load-profile-connection";
import { handBackBatches, requeueUnstartedJobs, type HeldBatch } from "./hand-back";
import { heartbeatIntervalMs, heartbeatStaleMs, touchHeldGenerations } from "./heartbeat";
import { GENERATION_QUEUE, getBoss, stopBoss } from "./queue";
import { recoverInterruptedGenerations } from "./recover-interrupted-generations";
import { batchIsPending, claimBatch, processClaimedBatch } from "./run-generation-batch";
import { Slots } from "./slots";
import type { GenerationJob } from "./types";

type WorkerState = {
  started?: Promise<void>;
  slots?: Slots;
  tasks: Set<Promise<void>>;
  recoveryTimer?: NodeJS.Timeout;
  /** Batches claimed here and not settled (kept alive by the heartbeat, handed back on stop). */
  held: Map<string, HeldBatch>;
  /** Jobs pg-boss delivered that have no slot yet (sent again on stop). */
  unstarted: Set<GenerationJob>;
  heartbeatTimer?: NodeJS.Timeout;
};
const state: WorkerState = ((globalThis as { __arcaneForgeWorker?: WorkerState }).__arcaneForgeWorker ??= {
  tasks: new Set(),
  held: new Map(),
  unstarted: new Set(),
});

/**
 * Starts this process's generation worker (once; later calls return the same promise).
 *
 * Provider calls are I/O-bound and take seconds, so up to `concurrency` batches run at once per
 * process (one pg-boss poller each), and 50 two-second calls take about two seconds. A job stays
 * active while its batch runs: each job is in its owner's pg-boss group, and `groupConcurrency`
 * makes every worker skip the jobs of an owner who already has `maxRunningPerUser` running, so one
 * user's flood or hung provider never holds the pollers that another user's job needs; the slots
 * apply the same cap in this process, with round-robin between owners waiting for a slot. The
 * claim (PENDING → GENERATING) is committed before the run, so a crash leaves rows GENERATING,
 * which recovery picks up.
 */
export function startGenerationWorker(options: { concurrency?: number } = {}): Promise<void> {
  state.started ??= start(options.concurrency ?? workerConcurrency()).catch((error: unknown) => {
    state.started = undefined;
    throw error;
  });
  return state.started;
}

async function start(concurrency: number): Promise<void> {
  const perUser = maxRunningPerUser();
  const slots = (state.slots = new Slots(concurrency, perUser));
  const boss = await getBoss();
  await recoverInterruptedGenerations().catch(logError("recovery"));
  // Recovery looks as often as a dead worker's rows go stale; the beat keeps ours from going stale.
  state.recoveryTimer = setInterval(
    () => void recoverInterruptedGenerations().catch(logError("recovery")),
    heartbeatStaleMs(),
  );
  state.recoveryTimer.unref();
  clearInterval(state.heartbeatTimer);
  state.heartbeatTimer = setInterval(
    () => void touchHeldGenerations(heldIds()).catch(logError("heartbeat")),
    heartbeatIntervalMs(),
  );
  state.heartbeatTimer.unref();
  await boss.work<GenerationJob>(
    GENERATION_QUEUE,
    // One job per poller, held until its batch ends; the group cap is read in the fetch itself.
    {
      localConcurrency: concurrency,
      batchSize: 1,
      groupConcurrency: perUser,
      pollingIntervalSeconds: 1,
      notifyPollingIntervalSeconds: 10,
    },
    async ([job]: Job<GenerationJob>[]) => {
      await runDelivered(job.data, slots);
      fetchAgainWhenDone(boss);
    },
  );
  // Storage upkeep rides on the same pg-boss: files left by a crash between write and commit.
  await startOrphanSweepSchedule(boss).catch(logError("orphan sweep schedule"));
  console.log(`[generation] worker started (${concurrency} concurrent generations, ${perUser} per user)`);
}

/**
 * With LISTEN/NOTIFY on, a pg-boss poller whose handler returns waits `notifyPollingIntervalSeconds`
 * before it fetches again unless it was notified meanwhile, and a notification comes only when a job
 * is sent: a backlog (one user's flood held back by the group cap, or more jobs than pollers) would
 * drain one job per poller per ten seconds. So a handler that finishes marks the busy pollers of
 * the queue as notified (its own among them: pg-boss does not say which poller runs a handler), and
 * each fetches again the moment its own batch ends; idle pollers are left asleep.
 */
function fetchAgainWhenDone(boss: Awaited<ReturnType<typeof getBoss>>): void {
  for (const poller of boss.getWipData())
    if (poller.name === GENERATION_QUEUE && poller.count > 0) boss.notifyWorker(poller.id);
}

/** A job pg-boss delivered: its batch runs to the end before the job completes. */
async function runDelivered(job: GenerationJob, slots: Slots): Promise<void> {
  state.unstarted.add(job);
  try {
    // Already run by the request's own process (or cancelled): do not wait for a slot to find out.
    if (!(await batchIsPending(job.batchId))) return;
    await slots.acquire(job.ownerId);
  } finally {
    state.unstarted.delete(job);
  }
  if (state.slots !== slots) {
    slots.release(job.ownerId); // the worker stopped meanwhile: the job goes back for another
    return requeueUnstartedJobs([job]).catch(logError(`re-sending batch ${job.batchId}`));
  }
  const run = await runAcquired(job, slots);
  await run; // the job stays active (counted in its owner's group) until the batch ends
}

/**
 * The short way for a batch just enqueued by this process: when its worker has a free slot, run
 * the batch now instead of waiting for pg-boss to deliver the job back (a notification and a
 * fetch later). The job stays queued as the durable path; whichever comes second finds nothing
 * PENDING to claim. Without a local worker (GENERATION_IN_PROCESS_WORKER=false) this does nothing.
 */
export async function runHereIfIdle(job: GenerationJob): Promise<boolean> {
  const slots = state.slots;
  if (!state.started || !slots?.tryAcquire(job.ownerId)) return false;
  return runAcquired(job, slots).then(
    (task) => task !== null,
    (error: unknown) => {
      logError(`batch ${job.batchId}`)(error);
      return false;
    },
  );
}

/**
 * Claims the batch with a slot already held and runs it in the background: the run's promise (it
 * never rejects) when claimed here, null when there was nothing to claim.
 */
async function runAcquired(
  { batchId, ownerId, profileId }: GenerationJob,
  slots: Slots,
): Promise<Promise<void> | null> {
  // The key is read and decrypted while the batch is claimed, not after: one round trip less
  // before the provider call. It stays in this process's memory either way.
  const connection = loadProfileConnection(ownerId, profileId);
  connection.catch(() => undefined); // settled (or reported) by processClaimedBatch
  let claimed: Awaited<ReturnType<typeof claimBatch>>;
  try {
    claimed = await claimBatch(batchId);
  } catch (error) {
    slots.release(ownerId);
    throw error; // the job fails; its rows are still PENDING and visible to the user
  }
  if (!claimed) {
    slots.release(ownerId); // cancelled while queued, or another worker has it
    return null;
  }
  state.held.set(batchId, {
    job: { batchId, ownerId, profileId },
    generations: claimed.generations.map(({ id, attempts }) => ({ id, attempts })),
  });
  const task = processClaimedBatch(claimed, connection)
    .catch(logError(`batch ${batchId}`))
    .finally(() => {
      state.held.delete(batchId);
      slots.release(ownerId);
      state.tasks.delete(task);
    });
  state.tasks.add(task);
  return task;
}

/**
 * The SIGTERM path. Stops fetching and sends the jobs that have no slot yet back to the queue; lets
 * running batches finish for up to `graceMs`; hands back what is still running then (rows PENDING
 * again under their fence, provider calls aborted, a job re-sent, see hand-back.ts), so another
 * worker makes those images and none is lost or made twice; then closes the connections.
 */
export async function stopGenerationWorker(graceMs = 30_000): Promise<void> {
  const started = state.started;
  state.started = undefined;
  state.slots = undefined;
  clearInterval(state.recoveryTimer);
  if (started) {
    await started.catch(() => undefined);
    const boss = await getBoss().catch(() => undefined);
    // No wait: a handler holds its job until the batch ends, and a hung provider must not hold the stop.
    await boss?.offWork(GENERATION_QUEUE, { wait: false }).catch(() => undefined);
    if (boss) await stopOrphanSweepWork(boss);
    await requeueUnstartedJobs([...state.unstarted]).catch(logError("re-sending jobs without a slot"));
  }
  await settledWithin(graceMs);
  await handBackBatches([...state.held.values()]).catch(logError("hand-back"));
  await settledWithin(5_000); // aborted calls return at once; their slots and jobs are released
  clearInterval(state.heartbeatTimer);
  await stopBoss();
  await closeBatchEvents();
}

async function settledWithin(ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.allSettled([...state.tasks]), deadline]);
  clearTimeout(timer);
}

function heldIds(): string[] {
  return [...state.held.values()].flatMap((batch) => batch.generations.map((generation) => generation.id));
}

function logError(what: string) {
  return (error: unknown) =>
    console.error(`[generation] ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
}
