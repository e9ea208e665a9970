import pg from "pg";
import type { PgBoss } from "pg-boss";
import { sweepOrphanFiles, type SweepResult } from "./sweep-orphan-files";

export const ORPHAN_SWEEP_QUEUE = "storage-orphan-sweep";
/** Daily at 04:17 UTC by default (a quiet hour; off the top of the hour other jobs crowd). */
export const DEFAULT_ORPHAN_SWEEP_CRON = "17 4 * * *";

/** PostgreSQL advisory lock held for the length of a sweep (any constant no other lock uses). */
export const ORPHAN_SWEEP_LOCK_KEY = 72707370;

/**
 * One sweep, unless another process is sweeping right now: then null, and nothing is touched.
 * The `singleton` queue already keeps two sweep jobs from being active together, but a job that
 * outlives expireInSeconds is handed out again while the first handler still runs; the session
 * lock, on a connection of its own for the whole sweep, makes "one at a time" hold regardless.
 * A lost connection releases it, and the sweep is safe to run twice anyway: this is about not
 * listing the same bucket twice over, not about correctness.
 */
export async function runOrphanSweepExclusively(
  connectionString = process.env.DATABASE_URL,
): Promise<SweepResult | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
      ORPHAN_SWEEP_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) return null;
    try {
      return await sweepOrphanFiles();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [ORPHAN_SWEEP_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Runs the orphan-file sweep on a schedule kept in PostgreSQL by pg-boss: every worker process
 * registers the same schedule (an upsert) and a handler, pg-boss sends one job per occurrence
 * whichever process's cron pass sees it first, and only one sweep runs at a time (the
 * `singleton` queue, and runOrphanSweepExclusively's lock). A sweep missed while everything was
 * down runs once when a worker is back.
 * ORPHAN_SWEEP_CRON changes the time; "off" turns the schedule off (removing it).
 */
export async function startOrphanSweepSchedule(
  boss: PgBoss,
  cron = process.env.ORPHAN_SWEEP_CRON?.trim() || DEFAULT_ORPHAN_SWEEP_CRON,
): Promise<void> {
  if (!(await boss.getQueue(ORPHAN_SWEEP_QUEUE))) {
    await boss.createQueue(ORPHAN_SWEEP_QUEUE, {
      policy: "singleton",
      retryLimit: 2,
      retryDelay: 300,
      expireInSeconds: 3600,
      notify: true,
    });
  }
  if (cron === "off") {
    await boss.unschedule(ORPHAN_SWEEP_QUEUE);
    return;
  }
  await boss.schedule(ORPHAN_SWEEP_QUEUE, cron, null, { tz: "UTC", missed: "once" });
  await boss.work(ORPHAN_SWEEP_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    const result = await runOrphanSweepExclusively();
    if (!result) {
      console.log("[storage] orphan sweep skipped: another process is sweeping");
      return;
    }
    console.log(
      `[storage] orphan sweep: ${result.scanned} files checked, ${result.removedFiles.length} orphan files and ` +
        `${result.removedDerivativeFolders.length} derivative folders removed`,
    );
  });
}

export async function stopOrphanSweepWork(boss: PgBoss): Promise<void> {
  await boss.offWork(ORPHAN_SWEEP_QUEUE).catch(() => undefined);
}
