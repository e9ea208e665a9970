// applyMigrations against fresh databases on the test server: idempotent, safe when two processes
// start at once, Prisma-compatible bookkeeping, and refusing history that no longer matches.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations, defaultMigrationsDir, readMigrationFiles } from "@/lib/db/migrate";
import { withDatabase } from "../support/test-database";

const created: string[] = [];
const tempDirs: string[] = [];
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: withDatabase(process.env.DATABASE_URL!, "postgres") });
  await admin.connect();
});

afterAll(async () => {
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function freshDatabase(): Promise<string> {
  const name = `migrate_${randomUUID().replaceAll("-", "")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  created.push(name);
  return withDatabase(process.env.DATABASE_URL!, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A copy of prisma/migrations to tamper with, plus extra migrations given as name -> SQL. */
function migrationsCopy(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  tempDirs.push(dir);
  fs.cpSync(defaultMigrationsDir(), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

const committed = readMigrationFiles();
const names = committed.map((migration) => migration.name);

describe("applyMigrations", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const url = await freshDatabase();
    expect(await applyMigrations(url)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await applyMigrations(url)).toEqual({ applied: [], alreadyApplied: names });

    const rows = await query(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows).toEqual(
      committed.map((migration) => ({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        checksum: createHash("sha256")
          .update(fs.readFileSync(path.join(defaultMigrationsDir(), migration.name, "migration.sql")))
          .digest("hex"),
        finished_at: expect.any(Date),
        migration_name: migration.name,
        logs: null,
        rolled_back_at: null,
        started_at: expect.any(Date),
        applied_steps_count: 1,
      })),
    );
    const columns = await query(
      url,
      `
      SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
      FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => Object.values(column).join(" "))).toEqual([
      "id character varying 36 NO ",
      "checksum character varying 64 NO ",
      "finished_at timestamp with time zone  YES ",
      "migration_name character varying 255 NO ",
      "logs text  YES ",
      "rolled_back_at timestamp with time zone  YES ",
      "started_at timestamp with time zone  NO now()",
      "applied_steps_count integer  NO 0",
    ]);
  });

  it("lets two processes starting at once both succeed, applying each migration once", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    expect(results.flatMap((result) => result.applied).sort()).toEqual(names);
    const counts = await query<{ migration_name: string; count: string }>(
      url,
      `SELECT migration_name, count(*) FROM "_prisma_migrations" GROUP BY migration_name ORDER BY migration_name`,
    );
    expect(counts).toEqual(names.map((name) => ({ migration_name: name, count: "1" })));
  });

  it("refuses to run when an applied migration's file has changed since", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const tampered = migrationsCopy();
    fs.appendFileSync(path.join(tampered, names[0], "migration.sql"), "\n-- edited after release\n");
    await expect(applyMigrations(url, { migrationsDir: tampered })).rejects.toThrow(
      new RegExp(`Migration ${names[0]} was modified after it was applied`),
    );
  });

  it("applies a new migration after the recorded ones, and rolls a failing one back entirely", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const withNew = migrationsCopy({ "29990101000000_add_note": `ALTER TABLE "User" ADD COLUMN "note" TEXT;` });
    expect(await applyMigrations(url, { migrationsDir: withNew })).toEqual({
      applied: ["29990101000000_add_note"],
      alreadyApplied: names,
    });

    const broken = migrationsCopy({
      "29990101000000_add_note": `ALTER TABLE "User" ADD COLUMN "note" TEXT;`,
      "29990102000000_broken": `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`,
    });
    await expect(applyMigrations(url, { migrationsDir: broken })).rejects.toThrow(
      /29990102000000_broken failed and was rolled back: .*NoSuchTable/,
    );
    expect(await query(url, `SELECT to_regclass('"Half"') AS half`)).toEqual([{ half: null }]);
    expect(await query(url, `SELECT count(*)::int AS n FROM "_prisma_migrations"`)).toEqual([{ n: names.length + 1 }]);
  });
});
