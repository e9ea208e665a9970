// A small pool beside Prisma's for the search statements, whose connections run without parallel
// workers from their start (a startup option): a statement needs no transaction to set that, so
// it is one round trip instead of four (BEGIN, SET LOCAL, the statement, COMMIT).
import pg from "pg";

type PoolHolder = { searchPool?: pg.Pool };

// Kept on globalThis outside production for the same reason as the Prisma client (client.ts).
const holder: PoolHolder =
  process.env.NODE_ENV === "production"
    ? {}
    : ((globalThis as { __arcaneForgeSearchPool?: PoolHolder }).__arcaneForgeSearchPool ??= {});

function createSearchPool(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set (see lib/db/client.ts).");
  const pool = new pg.Pool({
    connectionString,
    options: "-c max_parallel_workers_per_gather=0",
    max: 4,
    // Idle connections never keep a script or a test worker alive.
    allowExitOnIdle: true,
  });
  // A connection ended by the server while idle (a restart, a test database stopped) is dropped
  // by the pool; without a listener its error event would end the process.
  pool.on("error", () => undefined);
  return pool;
}

/** A statement in PostgreSQL's `$n` form (Prisma.Sql's `text` and `values`), run on the pool. */
export async function querySearch<T>(statement: { text: string; values: unknown[] }): Promise<T[]> {
  const pool = (holder.searchPool ??= createSearchPool());
  const result = await pool.query(statement.text, statement.values);
  return result.rows as T[];
}

/** Closes the pool (scripts before exit); the next search opens a new one. */
export async function closeSearchPool(): Promise<void> {
  const pool = holder.searchPool;
  holder.searchPool = undefined;
  await pool?.end();
}
