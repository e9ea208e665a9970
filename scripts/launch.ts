/**
 * `npm run dev` and `npm start`: first-run secrets, the database (embedded PostgreSQL unless
 * DATABASE_URL is set), migrations, then Next itself with DATABASE_URL in its environment.
 * The embedded server lives as long as this process and is stopped when Next exits.
 *
 * Next listens on 127.0.0.1 at a port of its own; clients reach it through the front server
 * (lib/ops/front-server.ts) on PORT, which tells the app each client's socket address and lets
 * the process drain on SIGTERM: stop accepting, let requests in flight finish, then stop Next.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { FRONT_SECRET_VARIABLE } from "../lib/auth/client-address";
import { ensureDatabase } from "../lib/db/ensure-database";
import { ensureLocalSecrets } from "../lib/env/local-secrets";
import { storageConfigFromEnv } from "../lib/storage/storage-config";
import { asJsonLogLine, installLogConsole, jsonLogsWanted } from "../lib/logging/json-console";
import { createFrontServer } from "../lib/ops/front-server";
import { freePort } from "../lib/ops/free-port";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/launch.ts dev|start [next options]");
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const jsonLogs = jsonLogsWanted();
installLogConsole();

/** How long a draining web process waits for requests in flight (a load balancer's own deadline is longer). */
function drainGraceMs(): number {
  const parsed = Number(process.env.SHUTDOWN_GRACE_MS);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : mode === "dev" ? 1_000 : 25_000;
}

async function main() {
  const { port, nextArgs } = publicPort(process.argv.slice(3));
  const generated = ensureLocalSecrets(root);
  if (generated.length > 0) console.log(`[arcane-forge] generated ${generated.join(" and ")} in .env.local`);
  storageConfigFromEnv(); // a bad STORAGE_DRIVER / S3_* setting stops here, naming the variable

  const database = await ensureDatabase({ projectRoot: root });
  console.log(`[arcane-forge] database ready (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  process.env.DATABASE_URL = database.url;
  // next-auth builds its redirects (sign-out, OAuth callbacks) from NEXTAUTH_URL; without it
  // they would point at port 3000 whatever port the app really listens on.
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  if (mode === "start" && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("[arcane-forge] no production build found; running `next build` first");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: process.env });
    if (build.status !== 0) await exit(database.stop, build.status ?? 1);
  }

  const secret = randomBytes(32).toString("hex");
  const upstream = { host: "127.0.0.1", port: await freePort() };
  const next = spawn(
    process.execPath,
    [
      nextBin,
      mode,
      ...nextArgs,
      "--hostname",
      upstream.host,
      "--port",
      String(upstream.port),
      // Next keeps the front server's idle connections far longer than the front server does, so
      // only the front server ever closes one (no request lands on a socket being closed).
      ...(mode === "start" ? ["--keepAliveTimeout", "65000"] : []),
    ],
    {
      cwd: root,
      stdio: jsonLogs ? ["inherit", "pipe", "pipe"] : "inherit",
      env: {
        ...process.env,
        PORT: String(upstream.port),
        [FRONT_SECRET_VARIABLE]: secret,
        // Production: instrumentation.ts stops the in-process worker on SIGTERM (hand-back) before exiting.
        ...(mode === "start" ? { NEXT_MANUAL_SIG_HANDLE: "true" } : {}),
      },
    },
  );
  if (jsonLogs) relayAsJson(next);

  const front = createFrontServer({ upstream, secret });
  front.server.listen(port, () => console.log(`[arcane-forge] listening on http://localhost:${port}`));
  front.server.once("error", (error) => {
    console.error(`[arcane-forge] cannot listen on port ${port}: ${error.message}`);
    next.kill("SIGTERM");
  });

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[arcane-forge] ${signal}: draining (${front.inFlight()} requests in flight)`);
    await front.drain(drainGraceMs());
    console.log("[arcane-forge] drained; stopping Next");
    stopChild(next);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(signal));
  next.on("exit", (code, signal) => {
    if (!stopping) front.server.close();
    // Stopped by our drain (or a signal we passed on): a clean exit.
    void exit(database.stop, stopping ? 0 : (code ?? (signal ? 0 : 1)));
  });
}

/** The port clients use: `-p`/`--port` as Next takes it, else PORT, else 3000. The rest goes to Next. */
function publicPort(args: string[]): { port: number; nextArgs: string[] } {
  const nextArgs: string[] = [];
  let port = Number(process.env.PORT ?? 3000);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const inline = /^--port=(\d+)$/.exec(arg);
    if (inline) port = Number(inline[1]);
    else if (arg === "-p" || arg === "--port") port = Number(args[++index]);
    else nextArgs.push(arg);
  }
  return { port, nextArgs };
}

const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Next's own lines (its banner, its warnings) as JSON log records, like everything else. */
function relayAsJson(child: ChildProcess): void {
  for (const [stream, level, out] of [
    [child.stdout, "info", process.stdout],
    [child.stderr, "error", process.stderr],
  ] as const) {
    if (!stream) continue;
    readline.createInterface({ input: stream }).on("line", (raw) => {
      const line = raw.replace(ANSI_ESCAPE, "").trim(); // colours and cursor codes mean nothing in a log
      if (line) out.write(`${asJsonLogLine(line, level)}\n`);
    });
  }
}

/**
 * SIGTERM, then SIGKILL if Next has not gone once its in-process worker had its grace (a hung
 * handler must not block a deploy).
 */
function stopChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  setTimeout(() => child.kill("SIGKILL"), drainGraceMs() + 10_000).unref();
}

async function exit(stop: () => Promise<void>, code: number): Promise<never> {
  try {
    await stop();
  } finally {
    process.exit(code);
  }
}

main().catch((error) => {
  console.error(`[arcane-forge] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
