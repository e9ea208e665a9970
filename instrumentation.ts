/**
 * Next calls register() once per server process at startup. Under `npm run dev`/`npm start` the
 * generation worker runs here, in the web process, unless GENERATION_IN_PROCESS_WORKER=false
 * (then `npm run worker` processes do the work). Never in the Edge runtime, never during a build.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installJsonConsole, jsonLogsWanted } = await import("./lib/logging/json-console");
  if (jsonLogsWanted()) installJsonConsole();
  const { inProcessWorkerEnabled } = await import("./lib/generation/config");
  if (!inProcessWorkerEnabled()) return;
  if (!process.env.DATABASE_URL) {
    console.warn("[generation] DATABASE_URL is not set; no in-process worker (start with npm run dev / npm start)");
    return;
  }
  const { startGenerationWorker } = await import("./lib/generation/worker");
  // Not awaited: a slow queue start must not hold up the web server; failures are logged.
  startGenerationWorker().catch((error: unknown) => {
    console.error(
      `[generation] in-process worker did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
}
