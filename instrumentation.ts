/**
 * Next calls register() once per server process at startup. The work is Node-only
 * (lib/ops/node-instrumentation.ts): the import sits behind Next's own NEXT_RUNTIME check, the form
 * its Edge build removes, and never runs during a build.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startNodeServer } = await import("./lib/ops/node-instrumentation");
    await startNodeServer();
  }
}
