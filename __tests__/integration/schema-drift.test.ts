// Proves the committed migrations build exactly what prisma/schema.prisma describes: every table,
// column (type, nullability, default), enum, primary key, index (columns, order, method, unique)
// and foreign key (columns, target, on delete/update). The expected side comes from Prisma's own
// parse of the schema, not from a copied list, so editing one without the other fails here.
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "@/lib/db/migrate";
import { describeDatabase } from "../support/schema-catalog";
import { describeSchemaFile } from "../support/schema-expectations";
import { withDatabase } from "../support/test-database";

const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");

/**
 * Indexes made by raw SQL in a migration because schema.prisma cannot express them: trigram
 * operator classes of the pg_trgm extension (fuzzy gallery search, migration
 * 20261120230500_gallery_search). Each is listed exactly, so any other unexpected index still
 * fails. (The full-text expression index of that migration has no plain column, so the catalog
 * does not list it at all.)
 */
const RAW_SQL_INDEXES = [
  'index "Asset_description_trgm_idx" on "Asset" gin (description)',
  'index "Asset_name_trgm_idx" on "Asset" gin (name)',
  'index "Image_generationPrompt_trgm_idx" on "Image" gin (generationPrompt)',
];

function diff(expected: string[], actual: string[]) {
  return {
    missingFromDatabase: expected.filter((line) => !actual.includes(line)),
    notInSchema: actual.filter((line) => !expected.includes(line)),
  };
}

async function describeUrl(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await describeDatabase(client);
  } finally {
    await client.end();
  }
}

/** A freshly migrated database of its own, so a test can damage it freely. */
async function withScratchDatabase(run: (url: string, client: pg.Client) => Promise<void>): Promise<void> {
  const baseUrl = process.env.DATABASE_URL!;
  const name = `drift_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: withDatabase(baseUrl, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = withDatabase(baseUrl, name);
  const client = new pg.Client({ connectionString: url });
  try {
    await applyMigrations(url);
    await client.connect();
    await run(url, client);
  } finally {
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

describe("the migrated database matches prisma/schema.prisma", () => {
  const expected = describeSchemaFile(schemaPath);

  it("derives a complete expectation from the schema", () => {
    // Guards against a vacuous pass (an empty expectation equals an empty database).
    expect(expected.filter((line) => line.startsWith("table ")).length).toBeGreaterThanOrEqual(15);
    expect(expected).toEqual(
      expect.arrayContaining([
        'column "Asset"."tags" text[] NULL default=ARRAY[]::text[]',
        'column "Generation"."status" "GenerationStatus" NOT NULL default=\'PENDING\'::"GenerationStatus"',
        'index "Asset_tags_idx" on "Asset" gin (tags)',
        'index "Image_ownerId_createdAt_idx" on "Image" btree (ownerId ASC, createdAt DESC)',
        'index "User_email_key" on "User" unique btree (email ASC)',
        'primary key "Asset_pkey" on "Asset" (id)',
        'foreign key "Asset_ownerId_fkey" on "Asset" (ownerId) references "User" (id) on delete CASCADE on update CASCADE',
      ]),
    );
  });

  it("has every table, column, enum, key and index of the schema, and nothing else", async () => {
    const actual = await describeUrl(process.env.DATABASE_URL!);
    expect(actual).toEqual(expect.arrayContaining(RAW_SQL_INDEXES));
    expect(
      diff(
        expected,
        actual.filter((line) => !RAW_SQL_INDEXES.includes(line)),
      ),
    ).toEqual({ missingFromDatabase: [], notInSchema: [] });
  });

  it("reports drift readably when the database differs from the schema", async () => {
    await withScratchDatabase(async (url, client) => {
      await client.query(`ALTER TABLE "User" DROP COLUMN "avatarUrl"`);
      await client.query(`ALTER TABLE "Campaign" ALTER COLUMN "description" DROP DEFAULT`);
      await client.query(`DROP INDEX "Image_ownerId_createdAt_idx"`);
      await client.query(`CREATE INDEX "Image_ownerId_createdAt_idx" ON "Image" ("ownerId", "createdAt")`);
      await client.query(`ALTER TABLE "Token" DROP CONSTRAINT "Token_assetId_fkey"`);
      await client.query(
        `ALTER TABLE "Token" ADD CONSTRAINT "Token_assetId_fkey" FOREIGN KEY ("assetId") REFERENCES "Asset"("id") ON DELETE RESTRICT ON UPDATE CASCADE`,
      );
      await client.query(`ALTER TYPE "CreatureSize" ADD VALUE 'COLOSSAL'`);

      const actual = (await describeUrl(url)).filter((line) => !RAW_SQL_INDEXES.includes(line));
      const { missingFromDatabase, notInSchema } = diff(expected, actual);
      expect(missingFromDatabase.sort()).toEqual([
        'column "Campaign"."description" text NOT NULL default=\'\'::text',
        'column "User"."avatarUrl" text NULL default=none',
        'enum "CreatureSize" (TINY, SMALL, MEDIUM, LARGE, HUGE, GARGANTUAN)',
        'foreign key "Token_assetId_fkey" on "Token" (assetId) references "Asset" (id) on delete CASCADE on update CASCADE',
        'index "Image_ownerId_createdAt_idx" on "Image" btree (ownerId ASC, createdAt DESC)',
      ]);
      expect(notInSchema.sort()).toEqual([
        'column "Campaign"."description" text NOT NULL default=none',
        'enum "CreatureSize" (TINY, SMALL, MEDIUM, LARGE, HUGE, GARGANTUAN, COLOSSAL)',
        'foreign key "Token_assetId_fkey" on "Token" (assetId) references "Asset" (id) on delete RESTRICT on update CASCADE',
        'index "Image_ownerId_createdAt_idx" on "Image" btree (ownerId ASC, createdAt ASC)',
      ]);
    });
  });
});
