import "server-only";
import { runSearch } from "./run-search";
import { Prisma } from "@/lib/generated/prisma/client";
import { type SearchColumn, type SearchQuery, anyMatch } from "./search-sql";

/** Up to this many matches `total` is exact; past it, an estimate. */
export const EXACT_TOTAL_CAP = 50;

/**
 * Counting every match of a broad query ("dragon" over a million assets) would cost more than the
 * page itself. Past the cap, `total` is PostgreSQL's row estimate for the same WHERE (from the
 * table statistics and the full-text indexes' word frequencies, no scan), never below what the
 * candidate scans found (`atLeast`, applied by the caller). A plain statement on the search pool.
 */
export async function estimateMatches(columns: SearchColumn[], query: SearchQuery, scope: Prisma.Sql): Promise<number> {
  const statement = Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "Asset" a WHERE ${scope} AND ${anyMatch(columns, query)}`;
  const [plan] = await runSearch<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>(statement);
  return Math.round(plan["QUERY PLAN"][0].Plan["Plan Rows"]);
}
