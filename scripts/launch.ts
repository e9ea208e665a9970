/**
 * `npm run dev` and `npm start`: first-run secrets, the database (embedded PostgreSQL unless
 * DATABASE_URL is set), migrations, then Next itself with DATABASE_URL in its environment.
 * The embedded server lives as long as this process and is stopped when Next exits.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureDatabase } from "../lib/db/ensure-database";
import { ensureLocalSecrets } from "../lib/env/local-secrets";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/launch.ts dev|start");
  process.exit(2);
}

const root = path.resolve(__dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

async function main() {
  const generated = ensureLocalSecrets(root);
  if (generated.length > 0) console.log(`[arcane-forge] generated ${generated.join(" and ")} in .env.local`);

  const database = await ensureDatabase({ projectRoot: root });
  console.log(`[arcane-forge] database ready (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"})`);
  process.env.DATABASE_URL = database.url;
  // next-auth builds its redirects (sign-out, OAuth callbacks) from NEXTAUTH_URL; without it
  // they would point at port 3000 whatever port the app really listens on.
  process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

  if (mode === "start" && !fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("[arcane-forge] no production build found; running `next build` first");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: process.env });
    if (build.status !== 0) await exit(database.stop, build.status ?? 1);
  }

  const next = spawn(process.execPath, [nextBin, mode, ...process.argv.slice(3)], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => next.kill(signal));
  }
  next.on("exit", (code, signal) => exit(database.stop, code ?? (signal ? 0 : 1)));
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
