// Jest global setup: one PostgreSQL for the whole run, migrated, in DATABASE_URL for the workers.
// A throwaway embedded server (temp folder, free port) unless TEST_DATABASE_URL names a database
// to use instead (it is wiped by the tests). next/jest's SWC transform compiles this file too:
// Jest transforms global hooks with the first project's config.
import pg from "pg";
import { ensureDatabase, type EnsuredDatabase } from "../../lib/db/ensure-database";
import { databaseName, WORKER_DATABASES_ENV, withDatabase, workerDatabaseName } from "./test-database";

type GlobalConfig = { maxWorkers: number; selectProjects?: string[] };
type ProjectConfig = { rootDir: string };

declare global {
  var __arcaneForgeTestDatabase: EnsuredDatabase | undefined;
}

export default async function globalSetup(globalConfig: GlobalConfig, projectConfig: ProjectConfig): Promise<void> {
  // `--selectProjects unit component` needs no database: skip the second it takes to start one.
  if (globalConfig.selectProjects && !globalConfig.selectProjects.includes("integration")) return;

  const started = Date.now();
  const database = await ensureDatabase({
    mode: "test",
    projectRoot: projectConfig.rootDir,
    databaseUrl: process.env.TEST_DATABASE_URL,
  });
  globalThis.__arcaneForgeTestDatabase = database;
  process.env.DATABASE_URL = database.url;

  const workers = Math.max(1, globalConfig.maxWorkers);
  await createWorkerDatabases(database.url, workers);
  process.env[WORKER_DATABASES_ENV] = String(workers);
  if (process.env.DEBUG_TEST_DATABASE)
    console.log(`\n[test-db] ${workers} worker database(s) ready in ${Date.now() - started} ms`);
}

async function createWorkerDatabases(baseUrl: string, workers: number): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, "postgres") });
  await admin.connect();
  try {
    const template = admin.escapeIdentifier(databaseName(baseUrl));
    for (let workerId = 1; workerId <= workers; workerId++) {
      const name = admin.escapeIdentifier(workerDatabaseName(baseUrl, workerId));
      // Left over from an earlier run against the same TEST_DATABASE_URL server.
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    }
  } finally {
    await admin.end();
  }
}
