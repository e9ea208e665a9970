// Two small pools beside Prisma's for the search statements, whose connections run without
// parallel workers from their start (a startup option): a statement needs no transaction to set
// that, so it is one round trip instead of four (BEGIN, SET LOCAL, the statement, COMMIT).
import { createHash } from "node:crypto";
import pg from "pg";

/**
 * How a statement is planned.
 * - `generic`: prepared once per connection and planned once, without its values
 *   (`plan_cache_mode=force_generic_plan`). For statements whose access paths their own structure
 *   fixes (search-scans.ts: a walk newest first, or an index collect forced by its ORDER BY), so a
 *   plan that ignores the values loses nothing; and planning such a statement (a union of scans
 *   with a score per field) costs as much as running it.
 * - `custom`: planned on every run with its values, for statements whose paths the planner must
 *   choose from what the values select (gallery filters, a campaign's assets) and for EXPLAIN.
 */
export type SearchPlan = "generic" | "custom";

type Pools = Partial<Record<SearchPlan, pg.Pool>>;

// Kept on globalThis outside production for the same reason as the Prisma client (client.ts).
const pools: Pools =
  process.env.NODE_ENV === "production"
    ? {}
    : ((globalThis as { __arcaneForgeSearchPools?: Pools }).__arcaneForgeSearchPools ??= {});

const STARTUP_OPTIONS: Record<SearchPlan, string> = {
  generic: "-c max_parallel_workers_per_gather=0 -c plan_cache_mode=force_generic_plan",
  custom: "-c max_parallel_workers_per_gather=0",
};

// text[]'s type id (pg_type `_text`), not among pg-types' named builtins.
const TEXT_ARRAY_OID = 1009;
type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
const parseTextArrayInPg = pg.types.getTypeParser(TEXT_ARRAY_OID as TypeId, "text");

/**
 * A `text[]` (tags) as PostgreSQL writes it. Tags are plain words, written unquoted between braces
 * and split here; anything else (a quoted element, an escape, a NULL, nested or bounded arrays) is
 * left to pg's own parser. A page of 60 images has 120 such arrays, and pg's parser, which builds
 * each element a character at a time, made a fifth of a search's garbage.
 */
function parseTextArray(value: string): string[] {
  if (value === "{}") return [];
  const inner = value.slice(1, -1);
  const plain =
    value.startsWith("{") && value.endsWith("}") && !/["\\{}]/.test(inner) && !/(^|,)null(,|$)/i.test(inner);
  return plain ? inner.split(",") : (parseTextArrayInPg(value) as string[]);
}

const types = {
  getTypeParser: ((oid: TypeId, format?: "text" | "binary") =>
    (oid as number) === TEXT_ARRAY_OID && format !== "binary"
      ? parseTextArray
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function createSearchPool(plan: SearchPlan): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (see lib/db/client.ts).");
  const pool = new pg.Pool({
    connectionString,
    options: STARTUP_OPTIONS[plan],
    types,
    max: 4,
    // Idle connections never keep a script or a test worker alive.
    allowExitOnIdle: true,
  });
  // A connection ended by the server while idle (a restart, a test database stopped) is dropped
  // by the pool; without a listener its error event would end the process.
  pool.on("error", () => undefined);
  return pool;
}

/**
 * A prepared search statement's plan takes 0.3–1 MB of its connection's memory, and the distinct
 * statements are as many as the query shapes (words, close words, fields): past this many on one
 * connection it is closed once its statement is done, and its plans with it.
 */
const MAX_PREPARED_PER_CONNECTION = 16;
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

/** A statement in PostgreSQL's `$n` form (Prisma.Sql's `text` and `values`), run on a pool. */
export async function querySearch<T>(
  statement: { text: string; values: unknown[] },
  plan: SearchPlan = "custom",
): Promise<T[]> {
  const pool = (pools[plan] ??= createSearchPool(plan));
  if (plan === "custom") return (await pool.query(statement.text, statement.values)).rows as T[];
  const client = await pool.connect();
  const prepared = preparedOn.get(client) ?? new Set<string>();
  preparedOn.set(client, prepared);
  // The text fixes the plan (values are parameters), so the text names the prepared statement.
  const name = `search_${createHash("sha1").update(statement.text).digest("hex")}`;
  let retire = false;
  try {
    const result = await client.query({ name, text: statement.text, values: statement.values });
    prepared.add(name);
    retire = prepared.size > MAX_PREPARED_PER_CONNECTION;
    return result.rows as T[];
  } catch (error) {
    // The statement may or may not be prepared now: a new connection knows for sure.
    retire = true;
    throw error;
  } finally {
    client.release(retire);
  }
}

/** Closes the pools (scripts before exit); the next search opens new ones. */
export async function closeSearchPool(): Promise<void> {
  const open = Object.values(pools);
  for (const plan of Object.keys(pools) as SearchPlan[]) delete pools[plan];
  await Promise.all(open.map((pool) => pool.end()));
}
