import type { PgBoss } from "pg-boss";
import { sweepOrphanFiles } from "./sweep-orphan-files";

export const ORPHAN_SWEEP_QUEUE = "storage-orphan-sweep";
/** Daily at 04:17 UTC by default (a quiet hour; off the top of the hour other jobs crowd). */
export const DEFAULT_ORPHAN_SWEEP_CRON = "17 4 * * *";

/**
 * Runs the orphan-file sweep on a schedule kept in PostgreSQL by pg-boss: every worker process
 * registers the same schedule (an upsert) and a handler, pg-boss sends one job per occurrence
 * whichever process's cron pass sees it first, and the `singleton` queue lets only one sweep run
 * at a time. A sweep missed while everything was down runs once when a worker is back.
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
    const result = await sweepOrphanFiles();
    console.log(
      `[storage] orphan sweep: ${result.scanned} files checked, ${result.removedFiles.length} orphan files and ` +
        `${result.removedDerivativeFolders.length} derivative folders removed`,
    );
  });
}

export async function stopOrphanSweepWork(boss: PgBoss): Promise<void> {
  await boss.offWork(ORPHAN_SWEEP_QUEUE).catch(() => undefined);
}
