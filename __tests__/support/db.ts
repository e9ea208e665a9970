// Database helpers for integration tests. Importing this module points the test file at its
// Jest worker's own database (see test-database.ts), so resetDatabase() in one worker never wipes
// rows another worker's test is using. Import it before anything that reads DATABASE_URL eagerly.
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { stopListening } from "@/lib/images/visibility-cache";
import type { Prisma, User } from "@/lib/generated/prisma/client";
import { WORKER_DATABASES_ENV, withDatabase, workerDatabaseName } from "./test-database";

function switchToWorkerDatabase(): void {
  const baseUrl = process.env.DATABASE_URL;
  const workers = Number(process.env[WORKER_DATABASES_ENV] ?? 0);
  const workerId = Number(process.env.JEST_WORKER_ID ?? 1);
  if (!baseUrl || !workers) return;
  if (workerId > workers)
    throw new Error(`Jest worker ${workerId} has no test database (global setup made ${workers})`);
  process.env.DATABASE_URL = withDatabase(baseUrl, workerDatabaseName(baseUrl, workerId));
  delete process.env[WORKER_DATABASES_ENV]; // already switched: a second import must not switch again
}
switchToWorkerDatabase();

// The image route starts a per-process LISTEN connection on first use; a test file's connection
// must not outlive the file (its events would reach the torn-down module state of the next file).
afterAll(() => stopListening());

let appTables: string[] | undefined;

/** Empties every app table (not _prisma_migrations) in one TRUNCATE ... CASCADE. */
export async function resetDatabase(): Promise<void> {
  appTables ??= (
    await prisma.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`
  ).map(({ name }) => `"${name.replaceAll('"', '""')}"`);
  if (appTables.length > 0)
    await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${appTables.join(", ")} RESTART IDENTITY CASCADE`);
}

/** A User row with a unique email; pass overrides for any column. */
export async function createTestUser(overrides: Partial<Prisma.UserCreateInput> = {}): Promise<User> {
  const unique = randomUUID().slice(0, 8);
  return prisma.user.create({
    data: { email: `player-${unique}@example.test`, name: `Test Player ${unique}`, ...overrides },
  });
}
