import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

/**
 * A process of the app (`scripts/launch.ts start`, `scripts/worker.ts`) started by a spec, in its
 * own process group: a signal meant for it (SIGTERM, SIGKILL) reaches it alone, as an
 * orchestrator's would, and `kill()` at the end takes its children (Next, its workers) with it.
 */
export type AppProcess = {
  name: string;
  child: ChildProcess;
  /** Every line it wrote to stdout and stderr so far. */
  lines: string[];
  exited: Promise<number | null>;
  signal(signal: NodeJS.Signals): void;
  /** SIGKILL to the whole group, for teardown. */
  kill(): void;
};

export function startAppProcess(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): AppProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: process.cwd(),
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.on("data", (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split("\n");
      rest = parts.pop() ?? "";
      lines.push(...parts.filter((line) => line.trim() !== ""));
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    name,
    child,
    lines,
    exited,
    signal: (signal) => child.kill(signal),
    kill: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
}

/** Polls `read` until `done` holds; fails with `what` and the last value after `timeoutMs`. */
export async function pollUntil<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? lastError.message : JSON.stringify(last);
      throw new Error(`timed out waiting for ${what} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resolves with the error code when nothing accepts connections on the port any more. */
export function connectError(port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(null);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}
