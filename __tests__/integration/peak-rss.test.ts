// The memory cases, each in a child process of its own (support/peak-rss/child.ts) whose peak RSS
// (VmHWM) is compared with its own settled baseline: a 150 MB gallery zip streams and one past
// DOWNLOAD_ZIP_MAX_MB is refused; a 300 MB multipart upload is refused while it is read, chunked
// or with a Content-Length; a provider streaming 200 MB of base64 is cut at the HTTP layer.
// The bounds are generous (a shared 2-core machine, V8 heap growth, allocator slack) yet each is
// far below what buffering the whole body once would cost.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createTestUser, resetDatabase } from "../support/db";
import { sessionCookieFor } from "../support/session";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { createAsset, storeImage } from "./gallery-helpers";
import { storedFiles } from "./generation-helpers";

withTempStorageRoot("peak-rss-", { emptyBeforeEach: true });
beforeEach(resetDatabase);

const MB = 1024 * 1024;
const KB_PER_MB = 1024;

type Step = { status: number; baselineKb: number; peakKb: number; growthKb: number; [key: string]: unknown };

/** Runs one case of child.ts and returns its steps; the child's stderr is in the error if it fails. */
function runCase(name: string, env: Record<string, string>): Promise<Record<string, Step>> {
  const script = path.join(__dirname, "../support/peak-rss/child.ts");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", script, name], {
      cwd: path.join(__dirname, "../.."),
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = stdout.split("\n").find((text) => text.startsWith("PEAK_RSS "));
      if (code !== 0 || !line) reject(new Error(`case ${name} exited ${code}: ${stderr}`));
      else resolve(JSON.parse(line.slice("PEAK_RSS ".length)) as Record<string, Step>);
    });
  });
}

const growthMb = (step: Step) => step.growthKb / KB_PER_MB;

test("a 150 MB gallery zip streams in a bounded peak; one past the byte cap is a 413 at once", async () => {
  const user = await createTestUser();
  const block = randomBytes(MB);
  const ids: string[] = [];
  for (let index = 0; index < 6; index++) {
    const image = await storeImage(user.id, { assetId: (await createAsset(user.id, { name: `Map ${index}` })).id });
    await getFileStorage().write(
      image.path,
      (async function* () {
        for (let written = 0; written < 25 * MB; written += block.length) yield block;
      })(),
    );
    ids.push(image.id);
  }
  const warmup = await storeImage(user.id);
  const rowsBefore = await prisma.image.count();

  const { streamed, capped } = await runCase("zip", {
    PEAK_RSS_COOKIE: await sessionCookieFor(user.id),
    PEAK_RSS_IDS: ids.join(","),
    PEAK_RSS_WARMUP_IDS: warmup.id,
    PEAK_RSS_CAPPED_MB: "100",
  });
  console.info(
    `zip: 150 MB streamed, peak RSS +${growthMb(streamed).toFixed(0)} MB; capped +${growthMb(capped).toFixed(0)} MB`,
  );

  expect(streamed.status).toBe(200);
  expect(streamed.received).toBe(streamed.contentLength);
  expect(streamed.received).toBeGreaterThan(150 * MB);
  expect(growthMb(streamed)).toBeLessThan(100); // buffering the archive would be 150+
  expect(capped.status).toBe(413);
  expect(growthMb(capped)).toBeLessThan(40);
  expect(await prisma.image.count()).toBe(rowsBefore);
}, 120_000);

test("a 300 MB multipart upload is refused while it is read, chunked or not, in a bounded peak", async () => {
  const user = await createTestUser();
  const { chunked, declared } = await runCase("upload", {
    PEAK_RSS_COOKIE: await sessionCookieFor(user.id),
    PEAK_RSS_UPLOAD_MB: "300",
  });
  console.info(
    `upload: 300 MB refused, peak RSS +${growthMb(chunked).toFixed(0)} MB chunked, +${growthMb(declared).toFixed(0)} MB with Content-Length`,
  );

  for (const step of [chunked, declared]) {
    expect(step.status).toBe(413);
    expect(step.code).toBe("TOO_LARGE");
    expect(growthMb(step)).toBeLessThan(120); // the 20 MB limit and its copies; the whole body is 300+
  }
  expect(await prisma.image.count()).toBe(0);
  expect(await prisma.asset.count()).toBe(0);
  expect(await storedFiles()).toEqual([]);
}, 120_000);

describe("a provider answering 200 MB of base64", () => {
  let server: Server;
  let origin = "";
  let hugeBytesSent = 0;

  beforeAll(async () => {
    const small = JSON.stringify({ created: 1, data: [{ b64_json: Buffer.from("tiny").toString("base64") }] });
    const block = Buffer.alloc(MB, "A");
    server = createServer((request, response) => {
      request.resume();
      if (!request.url?.startsWith("/huge/")) {
        response.writeHead(200, { "content-type": "application/json" });
        return response.end(small);
      }
      // Chunked, no Content-Length: only counting while it streams can stop it.
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"created":1,"data":[{"b64_json":"');
      hugeBytesSent = 0;
      const pump = () => {
        while (hugeBytesSent < 200 * MB && !response.destroyed) {
          hugeBytesSent += block.length;
          if (!response.write(block)) return void response.once("drain", pump);
        }
        if (!response.destroyed) response.end('"}]}');
      };
      response.on("close", () => response.removeAllListeners("drain"));
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  test("is cut at the HTTP layer with a clear error, in a bounded peak", async () => {
    const { streamed } = await runCase("provider", {
      PEAK_RSS_PROVIDER_URL: origin,
      ALLOWED_PRIVATE_PROVIDER_HOSTS: new URL(origin).host, // the fake lives on loopback
    });
    console.info(`provider: 200 MB of base64 cut, peak RSS +${growthMb(streamed).toFixed(0)} MB`);

    expect(streamed.kind).toBe("INVALID_RESPONSE");
    expect(streamed.message).toMatch(/larger than 64 MB/);
    expect(hugeBytesSent).toBeLessThan(200 * MB); // the client stopped reading; the rest was never sent
    // Up to the 64 MB cap is read (and its text held by the SDK); the whole body decoded would be 600+.
    expect(growthMb(streamed)).toBeLessThan(200);
  }, 120_000);
});
