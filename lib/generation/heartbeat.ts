import { prisma } from "@/lib/db/client";

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * How often a worker marks the generations it holds as still alive. A worker killed outright
 * (SIGKILL, a lost machine) stops beating, so its batches are recovered within a few beats
 * instead of after the longest a provider call could take.
 */
export function heartbeatIntervalMs(): number {
  return positiveInt(process.env.GENERATION_HEARTBEAT_MS, 10_000);
}

/** A pipeline generation GENERATING without a beat for this long has lost its worker. */
export function heartbeatStaleMs(): number {
  return heartbeatIntervalMs() * 3;
}

/** One UPDATE for every generation this process holds; a row finished or taken over meanwhile is left alone. */
export async function touchHeldGenerations(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await prisma.$executeRaw`
    UPDATE "Generation" SET "updatedAt" = ${new Date().toISOString()}::timestamp
    WHERE id = ANY(${ids}::uuid[]) AND status = 'GENERATING'`;
}
