// Not `import "server-only"`: the generation worker also runs under tsx (scripts/worker.ts).

/** How many times one generation may reach the provider (first call plus retries of 429/5xx). */
export const MAX_PROVIDER_ATTEMPTS = 3;
/** How many times a generation may be picked up by a worker (crash recovery re-queues until then). */
export const MAX_WORKER_ATTEMPTS = 3;
/** A provider's Retry-After is honoured up to this; a longer wait is worth failing fast instead. */
export const MAX_RETRY_WAIT_MS = 20_000;
/** Base of the exponential backoff between provider attempts (doubled each time, with jitter). */
export const BACKOFF_BASE_MS = 500;

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Per provider call; read on every use so tests and operators can change it without a restart. */
export function generationTimeoutMs(): number {
  return positiveInt(process.env.GENERATION_TIMEOUT_MS, 60_000);
}

/**
 * Generations in flight per process. Provider calls are I/O-bound (the process mostly waits), so
 * this is well above the CPU count; it is bounded because each decoded image can take memory.
 */
export function workerConcurrency(): number {
  return positiveInt(process.env.GENERATION_WORKER_CONCURRENCY, 16);
}

/**
 * Generations one user may have waiting (PENDING) for a worker; a request that would go past it is
 * a 429. It bounds what one user can pile up (rows, queue jobs) without refusing an ordinary burst.
 */
export function maxPendingPerUser(): number {
  return positiveInt(process.env.GENERATION_MAX_PENDING_PER_USER, 64);
}

/**
 * Batches of one user a worker runs at once. Well below the worker's concurrency, so one user's
 * slow or hung provider holds a few slots and every other user still finds one free.
 */
export function maxRunningPerUser(): number {
  return positiveInt(process.env.GENERATION_MAX_RUNNING_PER_USER, 4);
}

/** `npm run dev` / `npm start` run a worker inside the web process unless this is "false". */
export function inProcessWorkerEnabled(): boolean {
  return process.env.GENERATION_IN_PROCESS_WORKER !== "false";
}

/**
 * The longest one worker can legitimately hold a generation: every provider attempt timing out,
 * the backoff between them, plus a margin for decoding and saving. Past it, the worker is gone.
 */
export function attemptBudgetMs(): number {
  return generationTimeoutMs() * MAX_PROVIDER_ATTEMPTS + MAX_RETRY_WAIT_MS * (MAX_PROVIDER_ATTEMPTS - 1) + 30_000;
}
