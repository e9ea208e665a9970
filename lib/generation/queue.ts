import { PgBoss } from "pg-boss";
import { attemptBudgetMs } from "./config";
import type { GenerationJob } from "./types";

export const GENERATION_QUEUE = "image-generation";

type BossHolder = { boss?: Promise<PgBoss> };
// One pg-boss per process (web and worker share it); on globalThis so Next's dev reloads reuse it.
const holder: BossHolder = ((globalThis as { __arcaneForgeBoss?: BossHolder }).__arcaneForgeBoss ??= {});

async function startBoss(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: the generation queue needs the database");
  // LISTEN/NOTIFY wakes idle workers the moment a job is sent instead of after a poll interval.
  // `schedule`: this process also runs pg-boss's cron pass (the orphan-file sweep's schedule).
  const boss = new PgBoss({ connectionString, max: 4, useListenNotify: true, schedule: true });
  boss.on("error", (error: Error) => console.error(`[generation] queue error: ${error.message}`));
  await boss.start();
  if (!(await boss.getQueue(GENERATION_QUEUE))) {
    await boss.createQueue(GENERATION_QUEUE, {
      // Retries of provider calls happen inside the worker (with backoff that honours
      // Retry-After); a pg-boss retry would run a whole batch again after it was marked FAILED.
      retryLimit: 0,
      expireInSeconds: Math.ceil(attemptBudgetMs() / 1000),
      notify: true,
    });
  }
  return boss;
}

export function getBoss(): Promise<PgBoss> {
  holder.boss ??= startBoss().catch((error: unknown) => {
    holder.boss = undefined; // let the next call try again rather than caching a failure
    throw error;
  });
  return holder.boss;
}

/**
 * `jobId` is chosen by the caller so it can be stored with the rows in the same insert. The job is
 * in its owner's group: workers fetch with a per-group cap (worker.ts), so the queue is fair
 * between users instead of first come first served.
 */
export async function enqueueBatch(job: GenerationJob, jobId?: string): Promise<string | null> {
  const boss = await getBoss();
  return boss.send(GENERATION_QUEUE, job, { ...(jobId ? { id: jobId } : {}), group: { id: job.ownerId } });
}

/** Stops this process's pg-boss (tests, worker shutdown). */
export async function stopBoss(): Promise<void> {
  const pending = holder.boss;
  holder.boss = undefined;
  const boss = await pending?.catch(() => undefined);
  await boss?.stop({ graceful: true, close: true, timeout: 5_000 });
}
