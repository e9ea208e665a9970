// Applies prisma/migrations/*/migration.sql ourselves because Prisma's CLI cannot download its
// schema engine on our machines. Bookkeeping matches Prisma's `_prisma_migrations`, so
// `prisma migrate deploy` on a connected machine sees the same history and agrees.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

// The key Prisma's own migrate commands lock on: our applier and theirs exclude each other too.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

// Prisma's DDL for its bookkeeping table (PostgreSQL flavour), column for column.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export interface ApplyMigrationsOptions {
  migrationsDir?: string;
}

export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

/** Migration folders (`<timestamp>_<name>/migration.sql`) in the order Prisma applies them. */
export function readMigrationFiles(migrationsDir = defaultMigrationsDir()): MigrationFile[] {
  if (!fs.existsSync(migrationsDir)) throw new Error(`No migrations folder at ${migrationsDir}`);
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<MigrationResult> {
  const migrations = readMigrationFiles(options.migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Session-level lock for the whole run: a second process starting at the same moment waits
    // here, then finds everything applied.
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const history = await readHistory(client);
      refuseInconsistentHistory(migrations, history);
      const result: MigrationResult = { applied: [], alreadyApplied: [] };
      for (const migration of migrations) {
        if (history.has(migration.name)) {
          result.alreadyApplied.push(migration.name);
          continue;
        }
        await applyOne(client, migration);
        result.applied.push(migration.name);
      }
      return result;
    } finally {
      // Closing the session releases the lock anyway; never let this hide the real error.
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}

// Rows Prisma marked rolled back (`migrate resolve --rolled-back`) no longer count as applied.
async function readHistory(client: pg.Client): Promise<Map<string, HistoryRow>> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, logs FROM "_prisma_migrations"
     WHERE rolled_back_at IS NULL ORDER BY started_at`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

function refuseInconsistentHistory(migrations: MigrationFile[], history: Map<string, HistoryRow>): void {
  for (const row of history.values()) {
    if (!row.finished_at) {
      // Left by a failed `prisma migrate deploy`: Prisma refuses too (P3009) until it is resolved.
      throw new Error(
        `Migration ${row.migration_name} failed earlier and is not resolved; fix the database, then run ` +
          `\`prisma migrate resolve\` or delete its row from _prisma_migrations.${row.logs ? `\n${row.logs}` : ""}`,
      );
    }
  }
  for (const migration of migrations) {
    const row = history.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.name} was modified after it was applied (checksum ${row.checksum} in the database, ` +
          `${migration.checksum} on disk). Restore the file and put the change in a new migration.`,
      );
    }
  }
}

// One transaction per migration: the script and its bookkeeping row commit together or not at all.
async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  await client.query("BEGIN");
  try {
    // No parameters: the simple query protocol runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
  }
}
