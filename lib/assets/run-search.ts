import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Runs a search statement (a union of bounded scans) without parallel workers. Each scan stops
 * after a page or two of rows; starting workers for it costs milliseconds each (under load, more
 * than the scan itself) and a parallel walk reads rows past the ones the leader needed.
 */
export async function runSearch<T>(statement: Prisma.Sql): Promise<T[]> {
  const [, rows] = await prisma.$transaction([
    prisma.$executeRaw`SET LOCAL max_parallel_workers_per_gather = 0`,
    prisma.$queryRaw<T[]>(statement),
  ]);
  return rows;
}
