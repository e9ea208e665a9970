// Shared by Jest's global setup and the test files: how the per-worker test databases are named.
// Integration test files run in parallel workers and each resets its database before every test,
// so each worker gets its own copy of the migrated database (cloned with CREATE DATABASE TEMPLATE).

/** Set by global setup: how many worker databases exist next to the migrated one. */
export const WORKER_DATABASES_ENV = "ARCANE_FORGE_TEST_WORKER_DATABASES";

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The same server and credentials, another database. */
export function withDatabase(url: string, name: string): string {
  const copy = new URL(url);
  copy.pathname = `/${encodeURIComponent(name)}`;
  return copy.toString();
}

export function workerDatabaseName(baseUrl: string, workerId: number): string {
  return `${databaseName(baseUrl)}_w${workerId}`;
}
