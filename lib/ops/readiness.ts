import { randomBytes } from "node:crypto";
import os from "node:os";
import { prisma } from "@/lib/db/client";
import { GENERATION_QUEUE, getBoss } from "@/lib/generation/queue";
import { AppError } from "@/lib/http/errors";
import type { READINESS_CHECKS } from "@/lib/schemas/ops-response";
import { getFileStorage } from "@/lib/storage";

type CheckName = (typeof READINESS_CHECKS)[number];
type CheckResult = "ok" | "failed" | "timed out";
export type ReadinessChecks = Record<CheckName, () => Promise<void>>;
export type ReadinessReport = Record<CheckName, CheckResult>;

/** Long enough for a busy database, short enough that a hung one fails the probe, not the prober. */
const CHECK_TIMEOUT_MS = 5_000;

export const DEFAULT_CHECKS: ReadinessChecks = {
  database: async () => {
    await prisma.$queryRaw`SELECT 1`;
  },
  // The queue lives in the same PostgreSQL, but in its own schema with its own connection pool:
  // a node whose pg-boss cannot start would accept generations and never hand them to a worker.
  queue: async () => {
    const boss = await getBoss();
    if (!(await boss.getQueue(GENERATION_QUEUE))) throw new Error("the generation queue does not exist");
  },
  storage: probeStorage,
};

/**
 * Writes a small probe object under its own key, reads it back and removes it: a node that could
 * serve pictures but not store new ones (a read-only volume, a bucket policy) is not ready.
 */
async function probeStorage(): Promise<void> {
  const storage = getFileStorage();
  const host =
    os
      .hostname()
      .replace(/[^A-Za-z0-9_-]/g, "-")
      .slice(0, 60) || "host";
  const key = `readiness-probe/${host}-${process.pid}-${randomBytes(6).toString("hex")}.txt`;
  const content = randomBytes(16);
  try {
    await storage.write(key, content);
    const readBack = await storage.read(key);
    if (!readBack.equals(content)) throw new Error("the probe read back different bytes");
  } finally {
    await storage.remove(key).catch(() => undefined);
  }
}

/**
 * Runs every check at once, each bounded by a timeout. The report says only which check failed:
 * the error itself (which can name a host, a bucket or a connection string) goes to the log.
 */
export async function checkReadiness(
  checks: ReadinessChecks = DEFAULT_CHECKS,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<ReadinessReport> {
  const names = Object.keys(checks) as CheckName[];
  const results = await Promise.all(names.map((name) => runCheck(name, checks[name], timeoutMs)));
  return Object.fromEntries(names.map((name, index) => [name, results[index]])) as ReadinessReport;
}

async function runCheck(name: CheckName, check: () => Promise<void>, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve("timed out"), timeoutMs);
  });
  const run = check().then(
    (): CheckResult => "ok",
    (error: unknown): CheckResult => {
      console.error(`[ready] ${name} check failed: ${error instanceof Error ? error.message : String(error)}`);
      return "failed";
    },
  );
  try {
    const result = await Promise.race([run, timeout]);
    if (result === "timed out") console.error(`[ready] ${name} check timed out after ${timeoutMs} ms`);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** The 503 for a report with a failed check: which ones, never why. */
export function notReady(report: ReadinessReport): AppError {
  const failing = Object.entries(report)
    .filter(([, result]) => result !== "ok")
    .map(([name]) => name);
  return new AppError("UNAVAILABLE", `Not ready: ${failing.join(", ")}`, { details: { checks: report } });
}

export function isReady(report: ReadinessReport): boolean {
  return Object.values(report).every((result) => result === "ok");
}
