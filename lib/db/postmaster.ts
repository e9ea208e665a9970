// Process-level helpers for the embedded PostgreSQL: finding a server left running by a killed
// parent (from its postmaster.pid), stopping one we did not spawn, and picking free ports.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export interface LivePostmaster {
  pid: number;
  port: number;
  /** Its parent is gone (it was re-parented to init): nobody else will stop it, so we may. */
  orphaned: boolean;
}

/** The server running on `dataDir`, if its postmaster.pid names a live postgres process. */
export function readLivePostmaster(dataDir: string): LivePostmaster | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  // Line 1 is the pid, line 4 the port (PostgreSQL's documented postmaster.pid layout).
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || !isLivePostgres(pid)) return undefined;
  const parent = parentPid(pid);
  return { pid, port, orphaned: parent !== undefined && (parent === 1 || !isAlive(parent)) };
}

function parentPid(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

// EPERM means it exists but belongs to another user (the `postgres` user when we are not root).
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isLivePostgres(pid: number): boolean {
  if (!isAlive(pid)) return false;
  // A stale pid file may name a pid since reused by something else, or a zombie nobody reaped.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
    const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    return state !== "Z" && command.startsWith("postgres");
  } catch {
    return !fs.existsSync("/proc/self"); // no procfs (macOS): trust kill(pid, 0)
  }
}

/** Fast shutdown (SIGINT) of a server we did not spawn, waiting until it is gone. */
export async function stopPostmaster(pid: number, timeoutMs = 20_000): Promise<void> {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isLivePostgres(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Resolves once the server accepts connections (it may still be starting up). */
export async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL at ${url.replace(/:[^:@/]*@/, ":***@")} is not answering: ${String(error)}`);
      await sleep(100);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** `preferred` if it can be bound on 127.0.0.1, otherwise any free port the OS hands out. */
export function findFreePort(preferred = 0): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(preferred === 0 ? Promise.reject(new Error("no free port")) : findFreePort(0)));
    server.listen(preferred, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
