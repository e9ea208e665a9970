import { prisma } from "@/lib/db/client";
import type { GenerationStatus } from "@/lib/generated/prisma/enums";
import { subscribeBatch } from "./batch-events";
import { TERMINAL_STATUSES } from "./types";

/** A safety net under LISTEN/NOTIFY: a missed notification costs at most this much latency. */
const FALLBACK_POLL_MS = 2_000;

/**
 * Resolves true once every generation of the batch is terminal, false at the deadline. It reads
 * the batch once per notification (and per fallback tick), one indexed query on batchId.
 */
export async function waitForBatch(batchId: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  // `changed` catches a notification that lands while the batch is being read, so it is not lost.
  let changed = false;
  let wake = () => undefined as void;
  const unsubscribe = await subscribeBatch(batchId, () => {
    changed = true;
    wake();
  });
  try {
    for (;;) {
      changed = false;
      if (await isBatchSettled(batchId)) return true;
      const remaining = deadline - Date.now();
      if (remaining <= 0) return false;
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

async function isBatchSettled(batchId: string): Promise<boolean> {
  const rows = await prisma.generation.findMany({ where: { batchId }, select: { status: true } });
  return rows.every((row) => TERMINAL_STATUSES.includes(row.status as GenerationStatus));
}
