/**
 * The Node.js half of instrumentation.ts, in its own module so the Edge build of instrumentation
 * never sees `process.once`, `process.exit` or the worker's imports. Under `npm run dev`/`npm start`
 * the generation worker runs here, in the web process, unless GENERATION_IN_PROCESS_WORKER=false
 * (then `npm run worker` processes do the work).
 */
import { installLogConsole } from "@/lib/logging/json-console";

export async function startNodeServer(): Promise<void> {
  installLogConsole();
  // `npm start` signals Next only once its front server has drained the requests, and tells Next
  // (NEXT_MANUAL_SIG_HANDLE) to leave the signal to us: the in-process worker then finishes or
  // hands back its batches before the process exits.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void exitAfterWorker());
  }
  const { inProcessWorkerEnabled } = await import("@/lib/generation/config");
  if (!inProcessWorkerEnabled()) return;
  if (!process.env.DATABASE_URL) {
    console.warn("[generation] DATABASE_URL is not set; no in-process worker (start with npm run dev / npm start)");
    return;
  }
  const { startGenerationWorker } = await import("@/lib/generation/worker");
  // Not awaited: a slow queue start must not hold up the web server; failures are logged.
  startGenerationWorker().catch((error: unknown) => {
    console.error(
      `[generation] in-process worker did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}

async function exitAfterWorker(): Promise<void> {
  try {
    const { stopGenerationWorker } = await import("@/lib/generation/worker");
    const grace = Number(process.env.SHUTDOWN_GRACE_MS);
    await stopGenerationWorker(Number.isFinite(grace) && grace >= 0 ? grace : 25_000);
  } catch (error) {
    console.error(`[generation] worker stop failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.exit(0);
  }
}
