import { prisma } from "@/lib/db/client";
import type { GenerationStatus } from "@/lib/generated/prisma/enums";
import { subscribeBatch } from "./batch-events";
import { TERMINAL_STATUSES } from "./types";

/** A safety net under LISTEN/NOTIFY: a missed notification costs at most this much latency. */
const FALLBACK_POLL_MS = 2_000;

/**
 * Resolves with the batch's rows once every one is terminal, null at the deadline. `read` loads
 * them (one indexed query on batchId) once per notification and per fallback tick; the caller's
 * own query, so the rows it needs for its answer come back without another round trip.
 */
export async function waitForBatch<Row extends { status: GenerationStatus }>(
  batchId: string,
  timeoutMs: number,
  read: () => Promise<Row[]>,
): Promise<Row[] | null> {
  const deadline = Date.now() + timeoutMs;
  // `changed` catches a notification that lands while the batch is being read, so it is not lost.
  let changed = false;
  let wake = () => undefined as void;
  const unsubscribe = await subscribeBatch(batchId, () => {
    changed = true;
    wake();
  });
  try {
    // The first look is almost always "still running": ask only for the statuses then, and load
    // the caller's rows only once a notification says something changed.
    let statuses: Array<{ status: GenerationStatus }> | null = await prisma.generation.findMany({
      where: { batchId },
      select: { status: true },
    });
    for (;;) {
      changed = false;
      const rows = statuses ?? (await read());
      if (rows.every((row) => TERMINAL_STATUSES.includes(row.status))) return statuses ? read() : (rows as Row[]);
      statuses = null;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return null;
      if (changed) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(FALLBACK_POLL_MS, remaining));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = () => undefined;
    }
  } finally {
    unsubscribe();
  }
}
