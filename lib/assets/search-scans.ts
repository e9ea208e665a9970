import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MatchClass } from "./search-sql";
import { tsquery } from "./search-words";

/**
 * Rows walked newest first per row asked before a class falls back to collecting its rows from
 * the index: a class denser than one row in 600 is found by the walk (one page of 51 rows reads at
 * most 30,600 rows); a sparser one has few enough rows for the index.
 */
const WALK_ROWS_PER_ROW = 600;
export const walkRows = (limit: number) => limit * WALK_ROWS_PER_ROW;

/**
 * Where one search's scans read; each selects `id`, newest first. `collect(match, limit,
 * fromIndex)`: with `fromIndex` by an order no index has, so the planner collects the class's rows
 * from its GIN index and sorts them; without, as the planner likes. `walk(test, limit)`: the first
 * `limit` rows passing `test` (written over the columns' `walked` expressions) among the scope's
 * newest `walkRows(limit)` rows, filters applied after that cut so it bounds the rows read; null
 * when no index yields the scope newest first.
 */
export type ScanSource = {
  collect: (match: Prisma.Sql, limit: number, fromIndex: boolean) => Prisma.Sql;
  walk: ((test: Prisma.Sql, limit: number) => Prisma.Sql) | null;
};

/**
 * One class's scan: `id` and `source` of its newest `limit` rows.
 * - A rare class (MatchClass.walkable false) has few rows: collected from the GIN index.
 * - A common one is walked newest first, each row checked by a substring test of its words
 *   (cheap) before the full-text one, and stops at `limit` matches: for a word in one row of 20
 *   that reads 20 rows per match. If the first `walkRows(limit)` rows of the library hold fewer
 *   than `limit` matches (two common words that seldom meet), the class's rows are few after all
 *   and are collected from the index instead; so no scan reads more than that many rows plus what
 *   the index lookup reads.
 */
export function classScan(source: ScanSource, cls: MatchClass, limit: number, id: number): Prisma.Sql {
  if (!cls.walkable)
    return Prisma.sql`(SELECT id, ${id}::int AS source FROM (${source.collect(cls.match, limit, true)}) c)`;
  if (!source.walk)
    return Prisma.sql`(SELECT id, ${id}::int AS source FROM (${source.collect(cls.match, limit, false)}) c)`;
  const text = cls.column.walked;
  const mayHold = Prisma.join(
    cls.groups.map(
      (group) =>
        Prisma.sql`(${Prisma.join(
          group.map((word) => Prisma.sql`strpos(lower(${text}), ${word}) > 0`),
          " OR ",
        )})`,
    ),
    " AND ",
  );
  // CASE keeps the planner from reading the full-text test as an index condition.
  const test = Prisma.sql`CASE WHEN ${mayHold} THEN search_vector(${text}) @@ ${tsquery(cls.groups)} ELSE false END`;
  return Prisma.sql`(WITH walked AS MATERIALIZED (${source.walk(test, limit)})
    SELECT id, ${id}::int AS source FROM walked WHERE (SELECT count(*) FROM walked) >= ${limit}
    UNION ALL
    SELECT id, ${id}::int AS source FROM (${source.collect(cls.match, limit, true)}) c
    WHERE (SELECT count(*) FROM walked) < ${limit})`;
}
