import "server-only";
import { type SearchPlan, querySearch } from "@/lib/db/search-pool";
import type { Prisma } from "@/lib/generated/prisma/client";

export type { SearchPlan };

/**
 * Runs a search statement (a union of bounded scans) without parallel workers. Each scan stops
 * after a page or two of rows; starting workers for it costs milliseconds each (under load, more
 * than the scan itself) and a parallel walk reads rows past the ones the leader needed. The search
 * pools' connections are set so from their start, so the statement is one round trip. `plan`:
 * see SearchPlan (lib/db/search-pool.ts).
 */
export async function runSearch<T>(statement: Prisma.Sql, plan: SearchPlan = "custom"): Promise<T[]> {
  return querySearch<T>({ text: statement.text, values: statement.values }, plan);
}
