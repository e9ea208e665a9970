import type { Job } from "pg-boss";
import { startOrphanSweepSchedule, stopOrphanSweepWork } from "@/lib/storage/orphan-sweep-job";
import { closeBatchEvents } from "./batch-events";
import { maxRunningPerUser, workerConcurrency } from "./config";
import { handBackBatches, requeueUnstartedJobs } from "./hand-back";
import { heartbeatIntervalMs, heartbeatStaleMs, touchHeldGenerations } from "./heartbeat";
import { GENERATION_QUEUE, getBoss, stopBoss } from "./queue";
import { recoverInterruptedGenerations } from "./recover-interrupted-generations";
import { runDelivered } from "./run-job-in-slot";
import { Slots } from "./slots";
import type { GenerationJob } from "./types";
import { heldIds, logError, state } from "./worker-state";

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
