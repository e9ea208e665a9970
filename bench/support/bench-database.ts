import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Runs an in-process benchmark against a throwaway embedded PostgreSQL (and, when `storage` is
 * set, a throwaway storage folder), then closes everything the app opened on the way (Prisma, the
 * search pool, the image route's LISTEN connection, and anything `teardown` names) before the server goes.
 */
export async function withBenchDatabase(
  options: { storage?: string; teardown?: () => Promise<void> },
  run: () => Promise<void>,
): Promise<void> {
  const storage = options.storage ? mkdtempSync(path.join(os.tmpdir(), `${options.storage}-`)) : undefined;
  if (storage) process.env.STORAGE_ROOT = storage;
  const { ensureDatabase } = await import("../../lib/db/ensure-database");
  const database = await ensureDatabase({ mode: "test", projectRoot: path.resolve(__dirname, "../..") });
  process.env.DATABASE_URL = database.url;
  try {
    await run();
  } finally {
    await options.teardown?.();
    const { disconnectPrisma } = await import("../../lib/db/client");
    const { stopListening } = await import("../../lib/images/visibility-cache");
    await stopListening();
    await disconnectPrisma();
    const { closeSearchPool } = await import("../../lib/db/search-pool");
    await closeSearchPool();
    await database.stop();
    if (storage) rmSync(storage, { recursive: true, force: true });
  }
  // The embedded server's exit hook ends the process with code 0 once the event loop empties,
  // dropping a failure the benchmark recorded in process.exitCode: end it here with that code.
  if (process.exitCode) process.exit(process.exitCode);
}
