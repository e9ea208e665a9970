/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, loaded by Jest's moduleNameMapper */
// pg-boss ships only as an ES module ("type": "module"), which Jest's CommonJS runtime refuses to
// require, and Jest will not transform a file it classifies as ESM. So tests get pg-boss bundled
// to CommonJS with esbuild (already installed with tsx), once per version, cached under
// node_modules/.cache. The app itself imports the real package. Mapped in jest.config.mjs.
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..", "..");
const { version } = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "pg-boss", "package.json"), "utf8"));
const bundle = path.join(root, "node_modules", ".cache", "pg-boss-cjs", `pg-boss-${version}.cjs`);

if (!fs.existsSync(bundle)) {
  const esbuild = require("esbuild");
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  // Several Jest workers may build at once: each writes its own temp file, then renames.
  const temp = `${bundle}.${process.pid}.tmp`;
  esbuild.buildSync({
    entryPoints: [path.join(root, "node_modules", "pg-boss", "dist", "index.js")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: temp,
    // CommonJS packages stay external and load normally; the ESM-only ones are bundled in.
    external: ["pg", "cron-parser", "rrule-temporal", "bun", "drizzle-orm"],
    logLevel: "silent",
  });
  fs.renameSync(temp, bundle);
}

module.exports = require(bundle);
