/**
 * `npm run bench:pipeline` (npx tsx bench/pipeline.ts): the generation pipeline's own cost.
 *
 * 1. Overhead per image, excluding the provider: a 1024×1024 PNG from a zero-latency fake OpenAI
 *    server, through requestGeneration → pg-boss → worker → sharp → file → rows → the waiting
 *    request. The adapter is wrapped with a stopwatch, so each sample is total minus the
 *    provider's own time (HTTP and base64 included in the latter). Beside it, in the same run,
 *    the floor: sharp decode + encode + file write + one insert. Targets: p95 < 150 ms, ≤ 1.5×.
 * 2. 50 concurrent requests against a provider that takes 2 s: wall time (target ≈ 2 s).
 */
import "../scripts/server-only-shim";
import { withBenchDatabase } from "./support/bench-database";
import os from "node:os";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 60);
const WARMUP = 5;

async function main() {
  // One user sends everything here, and part 2 asks whether anything serialises the pipeline: lift
  // the per-user share (the fairness cap, measured by bench:soak) to the worker's own size.
  process.env.GENERATION_MAX_RUNNING_PER_USER ??= "64";
  process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 9).toString("base64");
  const teardown = async () => {
    const { stopGenerationWorker } = await import("../lib/generation/worker");
    await stopGenerationWorker(5_000);
  };
  await withBenchDatabase({ storage: "bench-pipeline", teardown }, run);
}

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { encryptForUser } = await import("../lib/crypto");
  const { getAdapter } = await import("../lib/providers/registry");
  const { generateImagesAndWait } = await import("../lib/generation/generate-images");
  const { startGenerationWorker } = await import("../lib/generation/worker");
  const { samplePng, startFakeOpenAI } = await import("../__tests__/support/fake-providers");
  const { renderBuiltinImage } = await import("../lib/providers/builtin/engine");
  const { floorOnce, ms, percentile } = await import("./pipeline-floor");

  const fake = await startFakeOpenAI();
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = new URL(fake.origin).host; // the fake lives on loopback
  // A real illustration (the built-in engine's), not a flat colour that compresses to nothing.
  fake.imageBytes = (
    await renderBuiltinImage({ prompt: "a dwarf cleric in a torchlit hall", size: "1024x1024", seed: 7 })
  ).png;
  const user = await prisma.user.create({ data: { email: `bench-${Date.now()}@example.test`, name: "Bench" } });
  const sealed = encryptForUser(user.id, "sk-bench-key");
  const profile = await prisma.connectionProfile.create({
    data: {
      userId: user.id,
      name: "bench",
      kind: "OPENAI",
      baseUrl: fake.baseUrl,
      imageModel: "gpt-image-1.5",
      apiKeyCiphertext: new Uint8Array(sealed.ciphertext),
      apiKeyIv: new Uint8Array(sealed.iv),
      apiKeyTag: new Uint8Array(sealed.tag),
      apiKeyVersion: sealed.keyVersion,
    },
  });
  const asset = await prisma.asset.create({ data: { ownerId: user.id, kind: "IMAGE", name: "floor" } });

  // Stopwatch around the provider call: everything inside it is the provider's time.
  const adapter = getAdapter("OPENAI");
  const original = adapter.generateImages!.bind(adapter);
  let providerMs = 0;
  adapter.generateImages = async (connection, request) => {
    const started = performance.now();
    try {
      return await original(connection, request);
    } finally {
      providerMs = performance.now() - started;
    }
  };

  await startGenerationWorker({ concurrency: 64 });
  const overhead: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < SAMPLES + WARMUP; i++) {
    const started = performance.now();
    await generateImagesAndWait({
      userId: user.id,
      profileId: profile.id,
      prompt: `bench image ${i}`,
      options: { size: "1024x1024" },
    });
    const total = performance.now() - started;
    const floorStarted = performance.now();
    await floorOnce(user.id, asset.id, fake.imageBytes);
    const floorTotal = performance.now() - floorStarted;
    if (i >= WARMUP) {
      overhead.push(total - providerMs);
      floor.push(floorTotal);
    }
  }
  const [o50, o95, f50, f95] = [
    percentile(overhead, 50),
    percentile(overhead, 95),
    percentile(floor, 50),
    percentile(floor, 95),
  ];
  console.log(
    `\nPipeline overhead per 1024×1024 PNG (${(fake.imageBytes.length / 1024).toFixed(0)} KB), ${SAMPLES} samples, provider time excluded`,
  );
  console.log(`  pipeline  p50 ${ms(o50)}  p95 ${ms(o95)}   (target p95 < 150 ms)`);
  console.log(`  floor     p50 ${ms(f50)}  p95 ${ms(f95)}   (sharp decode+encode, file write, one insert)`);
  console.log(`  ratio     p50 ${(o50 / f50).toFixed(2)}×  p95 ${(o95 / f95).toFixed(2)}×   (target ≤ 1.5×)`);
  console.log(`  (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)\n`);

  fake.delayMs = 2_000;
  const illustration = fake.imageBytes;
  // Twice: with the 1024×1024 illustration (50 decodes and encodes share the machine's cores) and
  // with a tiny PNG (what is left is the queue and the waiting: does anything serialize?).
  for (const [label, bytes] of [
    ["1024×1024 PNG", illustration],
    ["64×64 PNG", await samplePng(64, 64)],
  ] as const) {
    fake.imageBytes = bytes;
    const started = performance.now();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        generateImagesAndWait({
          userId: user.id,
          profileId: profile.id,
          prompt: `slow ${i}`,
          options: { size: "1024x1024" },
        }),
      ),
    );
    const wall = performance.now() - started;
    const failed = results.filter((result) => result.status === "rejected").length;
    console.log(
      `50 concurrent requests, provider latency 2 s, ${label}: wall ${(wall / 1000).toFixed(2)} s (target ≈ 2 s), ${50 - failed} ok, ${failed} failed`,
    );
  }
  await fake.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
