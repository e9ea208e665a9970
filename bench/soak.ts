/**
 * `npm run bench:soak` (npx tsx bench/soak.ts): the app under abuse, all at once in one process.
 *
 * - one user floods 50 generations at a provider that never answers (a real HTTP server on
 *   127.0.0.1 that takes requests and sends nothing), holding their share of the worker;
 * - then, at the same moment: 200 concurrent gallery reads (a page of a 5,000-image gallery), a
 *   zip of the largest allowed size (DOWNLOAD_ZIP_MAX_MB, 200 files, read to the last byte), and
 *   a second user's one built-in generation, waited for through the generate route.
 *
 * Every request goes through its real route handler with a real session cookie. Prints the
 * errors (expected 0), the second user's completion time (expected a few seconds), and the
 * process's peak RSS while it ran beside the floor measured in the same run: RSS at idle after a
 * warm-up (the same routes once each), with the ratio, and the kernel's high-water mark.
 */
import "../scripts/server-only-shim";
import os from "node:os";
import { withBenchDatabase } from "./support/bench-database";

const FLOOD = 50;
const GALLERY_READS = 200;
const GALLERY_IMAGES = 5_000;
const ZIP_FILES = 200;
const NEVER = 2 ** 31 - 1;

async function main() {
  process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret";
  process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 9).toString("base64");
  process.env.GENERATION_TIMEOUT_MS = "600000"; // the hung calls stay hung for the whole run
  const teardown = async () => {
    const { stopGenerationWorker } = await import("../lib/generation/worker");
    await stopGenerationWorker(1_000);
  };
  await withBenchDatabase({ storage: "bench-soak", teardown }, run);
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { encryptForUser } = await import("../lib/crypto");
  const { routeRequest } = await import("../__tests__/support/call-route");
  const { sessionCookieFor } = await import("../__tests__/support/session");
  const { startFakeOpenAI } = await import("../__tests__/support/fake-providers");
  const { startGenerationWorker } = await import("../lib/generation/worker");
  const { ensureBuiltinProfile } = await import("../lib/profiles/ensure-builtin-profile");
  const { maxRunningPerUser } = await import("../lib/generation/config");
  const { zipByteLimit } = await import("../lib/http/zip-download-limit");
  const { streamedZipSize } = await import("../lib/zip/streaming-zip");
  const { GET: galleryRoute } = await import("../app/api/gallery/images/route");
  const { GET: zipRoute } = await import("../app/api/gallery/images/zip/route");
  const { POST: generateRoute } = await import("../app/api/images/generate/route");
  const { POST: cancelRoute } = await import("../app/api/generations/[id]/cancel/route");

  const hung = await startFakeOpenAI();
  hung.delayMs = NEVER;
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = new URL(hung.origin).host;

  const [reader, flooder, second] = await Promise.all(
    ["reader", "flooder", "second"].map((name) =>
      prisma.user.create({ data: { email: `soak-${name}-${Date.now()}@example.test`, name } }),
    ),
  );
  const cookies = {
    reader: await sessionCookieFor(reader.id),
    flooder: await sessionCookieFor(flooder.id),
    second: await sessionCookieFor(second.id),
  };
  const sealed = encryptForUser(flooder.id, "sk-soak-key");
  const hungProfile = await prisma.connectionProfile.create({
    data: {
      userId: flooder.id,
      name: "never answers",
      kind: "OPENAI",
      baseUrl: hung.baseUrl,
      imageModel: "dall-e-2",
      apiKeyCiphertext: new Uint8Array(sealed.ciphertext),
      apiKeyIv: new Uint8Array(sealed.iv),
      apiKeyTag: new Uint8Array(sealed.tag),
      apiKeyVersion: sealed.keyVersion,
    },
  });
  const builtin = await ensureBuiltinProfile(second.id);

  const seeded = performance.now();
  await seedGallery(prisma, reader.id);
  const zipIds = await seedZipFiles(prisma, reader.id, zipByteLimit(), streamedZipSize);
  console.log(
    `seeded ${GALLERY_IMAGES.toLocaleString()} gallery rows and ${ZIP_FILES} files for a ${mb(zipByteLimit())} zip in ${((performance.now() - seeded) / 1000).toFixed(1)} s`,
  );
  await startGenerationWorker();

  const errors: string[] = [];
  const call = async (
    what: string,
    handler: Handler,
    options: NonNullable<Parameters<typeof routeRequest>[0]>,
    expect: number,
  ) => {
    try {
      const response = await handler(await routeRequest(options), { params: Promise.resolve(options.params ?? {}) });
      if (response.status !== expect) errors.push(`${what}: ${response.status} ${await response.text()}`);
      return response;
    } catch (error) {
      errors.push(`${what}: threw ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
  const galleryRead = () =>
    call("gallery read", galleryRoute, { path: "/api/gallery/images", headers: { cookie: cookies.reader } }, 200).then(
      (response) => response?.arrayBuffer(),
    );
  const zipDownload = async (ids: string[]) => {
    const response = await call(
      "zip",
      zipRoute,
      { path: "/api/gallery/images/zip", query: { ids: ids.join(",") }, headers: { cookie: cookies.reader } },
      200,
    );
    if (!response?.body) return 0;
    let bytes = 0;
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.byteLength; // read and dropped, as a client would
    const declared = Number(response.headers.get("content-length"));
    if (bytes !== declared) errors.push(`zip: ${bytes} bytes read, ${declared} declared`);
    return bytes;
  };
  const builtinGeneration = async (prompt: string) => {
    const started = performance.now();
    const response = await call(
      "built-in generation",
      generateRoute,
      { method: "POST", body: { prompt, profileId: builtin.id }, headers: { cookie: cookies.second } },
      200,
    );
    await response?.arrayBuffer();
    return performance.now() - started;
  };

  // Warm-up: each route once, then the floor is the resting RSS of a process that has done it all.
  for (let i = 0; i < 5; i++) await galleryRead();
  await zipDownload(zipIds.slice(0, 2));
  const warmGeneration = await builtinGeneration("a dwarf cleric, warm-up");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const floor = process.memoryUsage().rss;
  if (errors.length > 0) throw new Error(`warm-up failed: ${errors.join("; ")}`);

  let peak = floor;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);

  const flood = await Promise.all(
    Array.from({ length: FLOOD }, (_, i) =>
      call(
        "flood request",
        generateRoute,
        {
          method: "POST",
          body: { prompt: `flood ${i}`, profileId: hungProfile.id, wait: false },
          headers: { cookie: cookies.flooder },
        },
        202,
      ).then(async (response) => (await response?.json())?.generations?.[0]?.id as string | undefined),
    ),
  );
  const cap = maxRunningPerUser();
  const held = await until(() => hung.requests.length >= cap, 10_000);
  if (!held) errors.push(`the flood reached the provider ${hung.requests.length} times, expected ${cap}`);

  const loadStarted = performance.now();
  const [zipBytes, secondMs] = await Promise.all([
    zipDownload(zipIds),
    builtinGeneration("a halfling bard in a tavern"),
    Promise.all(Array.from({ length: GALLERY_READS }, galleryRead)),
  ]);
  const loadMs = performance.now() - loadStarted;
  clearInterval(sampler);
  const hungCalls = hung.requests.length;

  // Cancel the flood (waiting ones first, so no freed slot picks up another), which aborts the hung calls.
  const cancel = (id: string) =>
    call("cancel", cancelRoute, { method: "POST", params: { id }, headers: { cookie: cookies.flooder } }, 200);
  for (const status of ["PENDING", "GENERATING"] as const) {
    const rows = await prisma.generation.findMany({ where: { ownerId: flooder.id, status }, select: { id: true } });
    for (const row of rows) await cancel(row.id);
  }
  await hung.close();

  console.log(
    `\nSoak: ${FLOOD} hung generations + ${GALLERY_READS} gallery reads + a ${mb(zipBytes)} zip + one built-in generation, at once`,
  );
  console.log(
    `  errors                      ${errors.length} (expected 0)${errors.length ? `\n    ${errors.slice(0, 10).join("\n    ")}` : ""}`,
  );
  console.log(
    `  flood                       ${flood.filter(Boolean).length}/${FLOOD} accepted; ${hungCalls} calls held at the provider (cap ${cap} per user)`,
  );
  console.log(
    `  second user's generation    ${(secondMs / 1000).toFixed(2)} s under load (warm, alone: ${(warmGeneration / 1000).toFixed(2)} s)`,
  );
  console.log(`  load phase                  ${(loadMs / 1000).toFixed(2)} s`);
  console.log(`  peak RSS                    ${mb(peak)} (sampled every 10 ms while under load)`);
  console.log(`  floor RSS                   ${mb(floor)} (idle after warm-up)`);
  console.log(`  ratio                       ${(peak / floor).toFixed(2)}×`);
  console.log(`  VmHWM                       ${await highWaterMark()} (the whole run, seeding included)`);
  console.log(`  (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)\n`);
  if (errors.length > 0) process.exitCode = 1;
}

type Prisma = (typeof import("../lib/db/client"))["prisma"];

/** A gallery's worth of rows (the list reads rows, not files). */
async function seedGallery(prisma: Prisma, userId: string) {
  await prisma.$executeRawUnsafe(`
    WITH a AS (
      INSERT INTO "Asset" (id, "ownerId", kind, name, "updatedAt", "createdAt")
      SELECT gen_random_uuid(), '${userId}', 'IMAGE', 'Gallery ' || n, now(), now() - (n || ' minutes')::interval
      FROM generate_series(1, ${GALLERY_IMAGES}) n RETURNING id, name)
    INSERT INTO "Image" (id, "ownerId", "assetId", path, filename, "mimeType", bytes, width, height, format, sha256,
                         source, "generationPrompt", tags, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), '${userId}', a.id, '${userId}/soak_' || a.id || '.png', 'soak_' || a.id || '.png',
           'image/png', 100000, 1024, 1024, 'png', md5(a.id::text), 'GENERATED', a.name, ARRAY['soak'], now(), now()
    FROM a`);
  await prisma.$executeRawUnsafe(`ANALYZE`);
}

/**
 * 200 stored files whose zip is as large as the limit allows (to the byte, less than one byte per
 * file): the largest download anyone may ask for.
 */
async function seedZipFiles(
  prisma: Prisma,
  userId: string,
  limit: number,
  zipSize: (entries: { name: string; size: number }[]) => number,
): Promise<string[]> {
  const names = Array.from({ length: ZIP_FILES }, (_, i) => `Zip ${String(i).padStart(3, "0")}`);
  const overhead = zipSize(names.map((name) => ({ name: `${name}.png`, size: 0 })));
  const size = Math.floor((limit - overhead) / ZIP_FILES);
  const bytes = Buffer.alloc(size, 0x5a); // stored as it is: the zip neither decodes nor compresses
  const { getFileStorage, storageKeyFor } = await import("../lib/storage");
  const ids: string[] = [];
  for (const name of names) {
    const asset = await prisma.asset.create({ data: { ownerId: userId, kind: "IMAGE", name } });
    const filename = `${asset.id}.png`;
    const key = storageKeyFor(userId, filename);
    await getFileStorage().write(key, bytes);
    const image = await prisma.image.create({
      data: {
        ownerId: userId,
        assetId: asset.id,
        path: key,
        filename,
        mimeType: "image/png",
        bytes: size,
        width: 1024,
        height: 1024,
        format: "png",
        sha256: "soak",
        source: "UPLOAD",
      },
      select: { id: true },
    });
    ids.push(image.id);
  }
  return ids;
}

async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

async function highWaterMark(): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile("/proc/self/status", "utf8").catch(() => "");
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
  return Number.isFinite(kb) && kb > 0 ? mb(kb * 1024) : "unavailable";
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
