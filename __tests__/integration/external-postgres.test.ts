// With DATABASE_URL set, ensureDatabase uses that server (here a second embedded PostgreSQL
// running in its own process, as an external one would) instead of starting its own, migrates it,
// and the Prisma client talks to it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import pg from "pg";
import { disconnectPrisma, prisma } from "@/lib/db/client";
import { ensureDatabase } from "@/lib/db/ensure-database";
import { readMigrationFiles } from "@/lib/db/migrate";

jest.setTimeout(60_000);

const savedDatabaseUrl = process.env.DATABASE_URL;
let tempRoot: string;
let external: { url: string; dataDir: string };
let serverProcess: ChildProcess;

beforeAll(async () => {
  tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), "external-pg-"));
  serverProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "..", "support", "run-embedded-postgres.ts"), path.join(tempRoot, "data")],
    {
      cwd: process.cwd(),
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  external = await new Promise((resolve, reject) => {
    readline.createInterface({ input: serverProcess.stdout! }).once("line", (line) => resolve(JSON.parse(line)));
    serverProcess.once("exit", (code) => reject(new Error(`external PostgreSQL exited early (code ${code})`)));
  });
});

afterAll(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = savedDatabaseUrl;
  if (serverProcess.exitCode === null) {
    const exited = new Promise((resolve) => serverProcess.once("exit", resolve));
    serverProcess.stdin!.end(); // the helper stops its server when stdin closes
    await exited;
  }
  fs.rmSync(tempRoot, { recursive: true, force: true });
});

async function queryExternal<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: external.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("ensureDatabase with DATABASE_URL set", () => {
  it("uses and migrates that server, starts no embedded one, and Prisma reads and writes there", async () => {
    await disconnectPrisma(); // the client reads DATABASE_URL when it is first used
    process.env.DATABASE_URL = external.url;
    const unusedDataDir = path.join(tempRoot, "would-be-embedded");

    const database = await ensureDatabase({ mode: "dev", projectRoot: process.cwd(), dataDir: unusedDataDir });

    expect(database).toMatchObject({ url: external.url, embedded: false });
    expect(database.migrations.applied).toEqual(readMigrationFiles().map((migration) => migration.name));
    expect(fs.existsSync(unusedDataDir)).toBe(false);
    const [{ data_directory }] = await queryExternal<{ data_directory: string }>(
      "SELECT current_setting('data_directory') AS data_directory",
    );
    expect(fs.realpathSync(data_directory)).toBe(fs.realpathSync(external.dataDir));

    const created = await prisma.user.create({ data: { email: "external@example.test", name: "Ext" } });
    expect(await prisma.user.findUnique({ where: { email: "external@example.test" } })).toMatchObject({
      id: created.id,
      name: "Ext",
    });
    expect(await queryExternal(`SELECT id FROM "User" WHERE email = $1`, ["external@example.test"])).toEqual([
      { id: created.id },
    ]);

    await database.stop(); // nothing to stop for a given URL: the external server keeps running
    expect(await queryExternal("SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
  });
});
