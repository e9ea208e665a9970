import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type SearchField, anyMatch } from "./search-sql";

/** Up to this many matches `total` is counted exactly; past it, it is the planner's estimate. */
export const EXACT_TOTAL_CAP = 1000;

/**
 * Counting every match of a broad query ("dragon" over a million assets) would cost more than the
 * page itself, so the count stops at the cap. Past it, `total` is PostgreSQL's row estimate for
 * the same WHERE (from the table statistics, no scan), never below cap + 1, and `estimated` says so.
 */
export async function countUpToCap(fields: SearchField[], q: string, fuzzy: boolean, scope: Prisma.Sql): Promise<{ total: number; estimated: boolean }> {
  const where = Prisma.sql`${scope} AND ${anyMatch(fields, q, fuzzy)}`;
  const [{ count }] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM "Asset" a WHERE ${where} LIMIT ${EXACT_TOTAL_CAP + 1}) capped`;
  if (count <= EXACT_TOTAL_CAP) return { total: count, estimated: false };
  const [plan] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Asset" a WHERE ${where}`;
  const estimate = Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"]);
  return { total: Math.max(estimate, EXACT_TOTAL_CAP + 1), estimated: true };
}
