/**
 * `npm run bench:storage` (`npx tsx bench/storage-s3.ts`): a cached derivative served by the
 * image route from S3, beside the same bytes read straight from the S3 server with the SDK.
 *
 * A real S3-compatible server (s3rver on 127.0.0.1, or S3_TEST_ENDPOINT, see
 * __tests__/support/s3-server.ts) and a throwaway embedded PostgreSQL; STORAGE_DRIVER=s3. One
 * 1024 px image is stored, its 384 px WebP thumbnail made once through the route (which stores it
 * in the bucket), then N rounds alternate, request by request:
 *   - route, memory warm: what a node that served the thumbnail before does (LRU hit, no S3 call);
 *   - route, from the bucket: derivative memory emptied first, as a node that never made it
 *     (one GetObject through the driver);
 *   - bare GetObject of the same object with a separate SDK client, the floor.
 * The route is its handler's body (permission check, derivative lookup, Response, body read),
 * called in process; the permission answer is cached per process as it is in production.
 */
import "../scripts/server-only-shim";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { startS3Server } from "../__tests__/support/s3-server";
import { withBenchDatabase } from "./support/bench-database";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 500);

async function main() {
  const s3 = await startS3Server();
  try {
    const bucket = await s3.createBucket("bench-storage");
    Object.assign(process.env, s3.storageEnv(bucket));
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: s3.region,
      credentials: s3.credentials,
      forcePathStyle: true,
    });
    await withBenchDatabase({}, () => run(client, bucket));
    client.destroy();
  } finally {
    await s3.stop();
  }
}

async function run(client: S3Client, bucket: string) {
  const sharp = (await import("sharp")).default;
  const { prisma } = await import("../lib/db/client");
  const { renderBuiltinImage } = await import("../lib/providers/builtin/engine");
  const { getFileStorage, buildImageFilename, storageKeyFor } = await import("../lib/storage");
  const { getViewableImage } = await import("../lib/images/get-viewable-image");
  const { imageFileResponse } = await import("../lib/images/image-file-response");
  const { forgetDerivativesInMemory } = await import("../lib/images/derivatives");

  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
  const png = (await renderBuiltinImage({ prompt: "a dwarf cleric", size: "1024x1024", seed: 3 })).png;
  const filename = buildImageFilename(user.id, 0, png, "png");
  const key = storageKeyFor(user.id, filename);
  await getFileStorage().write(key, png);
  const meta = await sharp(png).metadata();
  const image = await prisma.image.create({
    data: {
      ownerId: user.id,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: png.length,
      width: meta.width!,
      height: meta.height!,
      format: "png",
      sha256: "bench",
      source: "UPLOAD",
    },
  });
  const options = { width: 384, height: 384, format: "webp" as const };
  const request = new Request("http://localhost/x");
  const serve = async () => {
    const response = await imageFileResponse(request, await getViewableImage(user.id, image.id, options));
    if (response.status !== 200) throw new Error(`route answered ${response.status}`);
    return Buffer.from(await response.arrayBuffer());
  };
  const objectKey = `generated/derived/${image.id}/w384-h384-q82-webp.webp`;
  const bare = async () => {
    const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
    return Buffer.from(await object.Body!.transformToByteArray());
  };

  const made = performance.now();
  const bytes = await serve();
  console.log(
    `derivative made once in ${(performance.now() - made).toFixed(0)} ms (${bytes.length} bytes from ${png.length}), stored in the bucket`,
  );
  if (!(await bare()).equals(bytes)) throw new Error("the bucket does not hold the bytes the route served");
  const fromBucket = async () => {
    forgetDerivativesInMemory();
    return serve();
  };

  // Warm all three (JIT, sockets, the permission cache), then alternate so that whatever else the
  // machine does falls on all alike.
  for (let i = 0; i < 30; i++) {
    await serve();
    await fromBucket();
    await bare();
  }
  const warm: number[] = [];
  const cold: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    warm.push(await timed(serve));
    cold.push(await timed(fromBucket));
    floor.push(await timed(bare));
  }
  const w = summary(warm);
  const c = summary(cold);
  const f = summary(floor);
  console.log(`cached derivative from S3, ${SAMPLES} rounds (${bytes.length} bytes):`);
  console.log(`  route, memory warm   p50 ${w.p50} ms, p95 ${w.p95} ms`);
  console.log(`  route, from bucket   p50 ${c.p50} ms, p95 ${c.p95} ms`);
  console.log(`  bare SDK GetObject   p50 ${f.p50} ms, p95 ${f.p95} ms`);
  console.log(
    `  ratio to bare GetObject: from bucket p50 ${(c.p50 / f.p50).toFixed(2)}×, p95 ${(c.p95 / f.p95).toFixed(2)}× | ` +
      `memory warm p50 ${(w.p50 / f.p50).toFixed(2)}×, p95 ${(w.p95 / f.p95).toFixed(2)}×`,
  );
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(3));
  return { p50: at(0.5), p95: at(0.95) };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
