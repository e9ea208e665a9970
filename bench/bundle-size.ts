/**
 * `npx tsx bench/bundle-size.ts [projectDir]` after `next build`: gzipped first-load JavaScript
 * per route, from `.next/diagnostics/route-bundle-stats.json` (Next 16 lists each route's
 * first-load chunks there). Prints the shell every page shares, each route's total and what it
 * adds on top, and flags routes over the 200 KB budget (DESIGN.md "Performance targets").
 * Set BENCH_TOP_CHUNKS=n to list the n largest chunks of the heaviest route.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const root = path.resolve(process.argv[2] ?? process.cwd());
type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const stats = JSON.parse(
  readFileSync(path.join(root, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
) as RouteStats[];
const gzipped = new Map<string, number>();
const sizeOf = (chunk: string) => {
  let size = gzipped.get(chunk);
  if (size === undefined) {
    size = gzipSync(readFileSync(path.join(root, chunk))).length;
    gzipped.set(chunk, size);
  }
  return size;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const pages = stats.filter((entry) => !entry.route.startsWith("/api/") && entry.firstLoadChunkPaths.length > 0);
const shell = pages.reduce<string[]>(
  (common, entry, index) =>
    index === 0 ? [...entry.firstLoadChunkPaths] : common.filter((chunk) => entry.firstLoadChunkPaths.includes(chunk)),
  [],
);
const shellBytes = shell.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
console.log(`shared by every page: ${kb(shellBytes)} KB gzipped in ${shell.length} chunks`);

const rows = pages
  .map((entry) => {
    const total = entry.firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0);
    return { route: entry.route, total, own: total - shellBytes };
  })
  .sort((a, b) => b.total - a.total);
const width = Math.max(...rows.map((row) => row.route.length));
for (const row of rows) {
  const flag = row.total / 1024 > BUDGET_KB ? `  OVER ${BUDGET_KB} KB` : "";
  console.log(
    `${row.route.padEnd(width)}  ${kb(row.total).padStart(6)} KB  (+${kb(row.own)} KB over the shell)${flag}`,
  );
}
const over = rows.filter((row) => row.total / 1024 > BUDGET_KB);
const largest = rows[0];
console.log(
  `\nlargest: ${largest.route} ${kb(largest.total)} KB = ${(largest.total / 1024 / BUDGET_KB).toFixed(2)}× the ${BUDGET_KB} KB budget; ${over.length} of ${rows.length} routes over`,
);

const top = Number(process.env.BENCH_TOP_CHUNKS ?? 0);
if (top > 0) {
  const heaviest = pages.find((entry) => entry.route === largest.route)!;
  const chunks = heaviest.firstLoadChunkPaths
    .map((chunk) => ({ chunk, size: sizeOf(chunk), shared: shell.includes(chunk) }))
    .sort((a, b) => b.size - a.size);
  for (const { chunk, size, shared } of chunks.slice(0, top))
    console.log(`  ${kb(size).padStart(6)} KB  ${chunk}${shared ? "  (shell)" : ""}`);
}
process.exitCode = 0;
