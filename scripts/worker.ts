/**
 * `npm run worker`: a generation worker on its own, for scaling out beside the web process (set
 * GENERATION_IN_PROCESS_WORKER=false there to leave all generation to these). It finds the
 * database the way `npm run dev`/`npm start` do: DATABASE_URL, or the project's embedded server
 * (started if no other process runs it, reused if one does).
 *
 * SIGTERM (or SIGINT): stop taking jobs, let running batches finish for SHUTDOWN_GRACE_MS (25 s by
 * default), hand back what is still running so another worker makes it, then exit 0.
 */
import "./server-only-shim";
import path from "node:path";
import { ensureDatabase } from "../lib/db/ensure-database";
import { ensureLocalSecrets } from "../lib/env/local-secrets";
import { installLogConsole } from "../lib/logging/json-console";
import { storageConfigFromEnv } from "../lib/storage/storage-config";

const root = path.resolve(__dirname, "..");
installLogConsole();

function shutdownGraceMs(): number {
  const parsed = Number(process.env.SHUTDOWN_GRACE_MS);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : 25_000;
}

async function main() {
  ensureLocalSecrets(root); // the worker decrypts provider keys with the same ENCRYPTION_KEY
  storageConfigFromEnv(); // a bad STORAGE_DRIVER / S3_* setting stops here, naming the variable
  const database = await ensureDatabase({ projectRoot: root });
  process.env.DATABASE_URL = database.url;
  console.log(`[arcane-forge] worker database ready (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);

  const { startGenerationWorker, stopGenerationWorker } = await import("../lib/generation/worker");
  await startGenerationWorker();

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const graceMs = shutdownGraceMs();
    console.log(
      `[arcane-forge] worker stopping (${signal}): running generations get ${graceMs} ms, then go back to the queue`,
    );
    try {
      await stopGenerationWorker(graceMs);
      await database.stop();
      console.log("[arcane-forge] worker stopped");
    } catch (error) {
      console.error(`[arcane-forge] worker stop failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      process.exit(0);
    }
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error) => {
  console.error(`[arcane-forge] worker failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
