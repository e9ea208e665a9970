/**
 * `npm run worker`: a generation worker on its own, for scaling out beside the web process (set
 * GENERATION_IN_PROCESS_WORKER=false there to leave all generation to these). It finds the
 * database the way `npm run dev`/`npm start` do: DATABASE_URL, or the project's embedded server
 * (started if no other process runs it, reused if one does).
 */
import "./server-only-shim";
import path from "node:path";
import { ensureDatabase } from "../lib/db/ensure-database";
import { ensureLocalSecrets } from "../lib/env/local-secrets";
import { storageConfigFromEnv } from "../lib/storage/storage-config";

const root = path.resolve(__dirname, "..");

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
    console.log(`[arcane-forge] worker stopping (${signal}), letting running generations finish`);
    try {
      await stopGenerationWorker();
      await database.stop();
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
