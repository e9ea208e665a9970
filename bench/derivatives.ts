/**
 * `npx tsx bench/derivatives.ts [projectDir]` after `next build` in projectDir: cached derivative
 * serving over HTTP against the same bytes served as a static file by the same server.
 *
 * Starts the built app (`scripts/launch.ts start`) with its own embedded PostgreSQL, storage and
 * port, signs up and in, uploads an image, asks once for `?width=256&format=webp` (which makes
 * the derivative), copies those bytes to `public/bench-static.webp` (deleted afterwards), then
 * times N sequential GETs of each, alternating, with keep-alive. Repeat views are what a gallery
 * makes: the route answers them from its permission cache (lib/images/visibility-cache.ts) and its
 * in-memory derivatives. Target (issue 6): the route within 2× of the static file.
 * Run it in a private copy of the tree: it writes public/ and .env.local there.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import sharp from "sharp";

const root = path.resolve(process.argv[2] ?? process.cwd());
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3000 + Math.floor(Math.random() * 2000) + 3000);
const base = `http://127.0.0.1:${PORT}`;

async function main() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "bench-derivatives-"));
  const publicDir = path.join(root, "public");
  const createdPublic = !existsSync(publicDir);
  const staticFile = path.join(publicDir, "bench-static.webp");
  // Present before the server starts (Next looks at public/ when it boots); the bytes come later.
  mkdirSync(publicDir, { recursive: true });
  writeFileSync(staticFile, "");
  const server = spawn("npx", ["tsx", "scripts/launch.ts", "start"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(PORT),
      EMBEDDED_PG_DIR: path.join(scratch, "pg"),
      STORAGE_ROOT: path.join(scratch, "storage"),
      SIGN_UP_LIMIT_PER_HOUR: "10000",
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  try {
    await waitForServer(() => log);
    await run(staticFile);
  } finally {
    rmSync(createdPublic ? publicDir : staticFile, { recursive: true, force: true });
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function run(staticFile: string) {
  const cookie = await signUpAndIn();
  // Blurred noise: a photo-like image whose 256 px WebP is a realistic thumbnail size.
  const noise = await sharp({
    create: {
      width: 1024,
      height: 1024,
      channels: 3,
      background: { r: 128, g: 128, b: 128 },
      noise: { type: "gaussian", mean: 128, sigma: 60 },
    },
  })
    .png()
    .toBuffer();
  const png = await sharp(noise).blur(4).png().toBuffer();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "bench.png");
  // Origin: the app takes cookie-borne writes only from its own pages.
  const uploaded = await fetch(`${base}/api/gallery/images`, {
    method: "POST",
    body: form,
    headers: { cookie, origin: base },
  });
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  const { id } = (await uploaded.json()) as { id: string };

  const routeUrl = `${base}/api/images/${id}/file?width=256&format=webp`;
  const made = performance.now();
  const first = await fetch(routeUrl, { headers: { cookie } });
  if (first.status !== 200) throw new Error(`derivative failed: ${first.status}`);
  const bytes = Buffer.from(await first.arrayBuffer());
  console.log(
    `derivative made once in ${(performance.now() - made).toFixed(0)} ms (${bytes.length} bytes from ${png.length})`,
  );
  writeFileSync(staticFile, bytes);
  const staticUrl = `${base}/bench-static.webp`;
  const check = Buffer.from(await (await fetch(staticUrl)).arrayBuffer());
  if (!check.equals(bytes)) throw new Error("the static file does not serve the same bytes");

  // Warm both paths (JIT, route module, file cache, the permission cache), then alternate request
  // by request so that whatever else the machine does falls on both alike.
  for (let i = 0; i < 50; i += 1) {
    await get(routeUrl, cookie);
    await get(staticUrl);
  }
  const route: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    route.push(await get(routeUrl, cookie));
    plain.push(await get(staticUrl));
  }
  const r = summary(route);
  const s = summary(plain);
  console.log(
    `cached derivative over HTTP (${SAMPLES} GETs): route p50 ${r.p50} ms, p95 ${r.p95} ms | static file p50 ${s.p50} ms, p95 ${s.p95} ms | ` +
      `ratio p50 ${(r.p50 / s.p50).toFixed(2)}×, p95 ${(r.p95 / s.p95).toFixed(2)}× (target ≤ 2×)`,
  );
}

async function get(url: string, cookie?: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return elapsed;
}

async function signUpAndIn(): Promise<string> {
  const email = `bench-${Date.now()}@example.test`;
  const password = "bench-password-123456";
  const signUp = await fetch(`${base}/api/auth/sign-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench", email, password }),
  });
  if (signUp.status !== 201) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = signIn.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .find((pair) => pair.includes("session-token"));
  if (!session) throw new Error(`sign-in failed: ${signIn.status}`);
  return session;
}

async function waitForServer(log: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/sign-in`);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not start on ${base}:\n${log().slice(-2000)}`);
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2));
  return { p50: at(0.5), p95: at(0.95) };
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
