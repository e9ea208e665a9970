/**
 * `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded dev
 * database in .data/postgres when DATABASE_URL is not set (started for the run, then stopped).
 */
import path from "node:path";
import { ensureDatabase } from "../lib/db/ensure-database";

async function main() {
  const database = await ensureDatabase({ mode: "dev", projectRoot: path.resolve(__dirname, "..") });
  try {
    const { applied, alreadyApplied } = database.migrations;
    const target = database.embedded ? "embedded PostgreSQL (.data/postgres)" : "DATABASE_URL";
    for (const name of applied) console.log(`[db:migrate] applied ${name}`);
    console.log(`[db:migrate] ${target}: ${applied.length} applied, ${alreadyApplied.length} already up to date`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`[db:migrate] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
