import { requeueUnstartedJobs } from "./hand-back";
import { loadProfileConnection } from "./load-profile-connection";
import { batchIsPending, claimBatch, processClaimedBatch } from "./run-generation-batch";
import type { Slots } from "./slots";
import type { GenerationJob } from "./types";
import { logError, state } from "./worker-state";

/** A job pg-boss delivered: its batch runs to the end before the job completes. */
export async function runDelivered(job: GenerationJob, slots: Slots): Promise<void> {
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
