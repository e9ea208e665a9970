import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type SearchColumn, type SearchQuery, anyMatch } from "./search-sql";

/** Up to this many matches `total` is exact; past it, an estimate. */
export const EXACT_TOTAL_CAP = 50;

/**
 * Counting every match of a broad query ("dragon" over a million assets) would cost more than the
 * page itself. Past the cap, `total` is PostgreSQL's row estimate for the same WHERE (from the
 * table statistics and the full-text indexes' word frequencies, no scan), never below what the
 * candidate scans already found.
 */
export async function estimateMatches(
  columns: SearchColumn[],
  query: SearchQuery,
  scope: Prisma.Sql,
  atLeast: number,
): Promise<number> {
  const [plan] = await prisma.$queryRaw<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "Asset" a WHERE ${scope} AND ${anyMatch(columns, query)}`;
  return Math.max(Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"]), atLeast);
}
