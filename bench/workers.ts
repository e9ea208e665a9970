/**
 * `npm run bench:workers` (npx tsx bench/workers.ts): generations per second with two worker
 * processes against one, in the same run, as a ratio.
 *
 * Real `npm run worker` processes (scripts/worker.ts) on one throwaway embedded PostgreSQL and one
 * storage folder; a fake OpenAI server whose every image call takes BENCH_LATENCY_MS (default
 * 500 ms) and answers a small PNG, so the provider's latency and each worker's slots
 * (BENCH_WORKER_CONCURRENCY, default 4) are what bound the rate, not this machine's CPU. For each
 * round, BENCH_GENERATIONS (default 96) one-image batches from 8 users are queued while no worker
 * runs, the workers are started, and the clock runs from the first claim to the last COMPLETED.
 * Ideal ratio: 2.0×.
 */
import "../scripts/server-only-shim";
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { withBenchDatabase } from "./support/bench-database";

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 96);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 4);
const USERS = 8;
const root = path.resolve(__dirname, "..");

async function main() {
  process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 9).toString("base64");
  process.env.AUTH_SECRET ??= "bench-auth-secret-0123456789abcdef0123456789";
  const teardown = async () => {
    const { stopBoss } = await import("../lib/generation/queue");
    await stopBoss();
  };
  await withBenchDatabase({ storage: "bench-workers", teardown }, run);
}

async function run() {
  const { prisma } = await import("../lib/db/client");
  const { encryptForUser } = await import("../lib/crypto");
  const { requestGeneration } = await import("../lib/generation/request-generation");
  const { startFakeOpenAI, samplePng } = await import("../__tests__/support/fake-providers");

  const fake = await startFakeOpenAI();
  fake.delayMs = LATENCY_MS;
  fake.imageBytes = await samplePng(64, 64);
  process.env.ALLOWED_PRIVATE_PROVIDER_HOSTS = new URL(fake.origin).host;

  const profiles: Array<{ id: string; userId: string }> = [];
  for (let index = 0; index < USERS; index++) {
    const user = await prisma.user.create({
      data: { email: `bench-${index}-${Date.now()}@example.test`, name: "Bench" },
    });
    const sealed = encryptForUser(user.id, "sk-bench-key");
    profiles.push(
      await prisma.connectionProfile.create({
        data: {
          userId: user.id,
          name: "bench",
          kind: "OPENAI",
          baseUrl: fake.baseUrl,
          imageModel: "dall-e-2",
          apiKeyCiphertext: new Uint8Array(sealed.ciphertext),
          apiKeyIv: new Uint8Array(sealed.iv),
          apiKeyTag: new Uint8Array(sealed.tag),
          apiKeyVersion: sealed.keyVersion,
        },
      }),
    );
  }

  const round = async (workers: number): Promise<number> => {
    const children = Array.from({ length: workers }, () => startWorker());
    try {
      await Promise.all(children.map((worker) => worker.ready));
      const batches = await Promise.all(
        Array.from({ length: GENERATIONS }, (_, index) => {
          const profile = profiles[index % USERS];
          return requestGeneration({ userId: profile.userId, profileId: profile.id, prompt: `bench ${index}` });
        }),
      );
      const batchIds = batches.map((batch) => batch.batchId);
      const where = { batchId: { in: batchIds } };
      await until(async () => (await prisma.generation.count({ where: { ...where, status: { not: "PENDING" } } })) > 0);
      const started = performance.now();
      await until(
        async () => (await prisma.generation.count({ where: { ...where, status: "COMPLETED" } })) === GENERATIONS,
      );
      const seconds = (performance.now() - started) / 1000;
      const failed = await prisma.generation.count({ where: { ...where, status: "FAILED" } });
      if (failed > 0) throw new Error(`${failed} generations failed`);
      return GENERATIONS / seconds;
    } finally {
      await Promise.all(children.map(stopWorker));
    }
  };

  const one = await round(1);
  const two = await round(2);
  console.log(
    `\nGenerations per second, ${GENERATIONS} one-image generations from ${USERS} users, provider latency ${LATENCY_MS} ms, ${CONCURRENCY} slots per worker`,
  );
  console.log(`  one worker   ${one.toFixed(2)} /s   (ideal ${((CONCURRENCY * 1000) / LATENCY_MS).toFixed(2)} /s)`);
  console.log(`  two workers  ${two.toFixed(2)} /s`);
  console.log(`  ratio        ${(two / one).toFixed(2)}×   (ideal 2.00×)`);
  console.log(`  (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)\n`);
  await fake.close();
}

type Worker = { child: ChildProcess; ready: Promise<void>; exited: Promise<void> };

function startWorker(): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "worker.ts")], {
    cwd: root,
    env: {
      ...process.env,
      GENERATION_WORKER_CONCURRENCY: String(CONCURRENCY),
      // Fairness caps each user's running batches across all workers; here it must not be what binds.
      GENERATION_MAX_RUNNING_PER_USER: String(CONCURRENCY * 2),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      if (output.includes("[generation] worker started")) resolve();
    });
    child.once("exit", () => reject(new Error(`a worker exited before it started:\n${output}`)));
  });
  return { child, ready, exited: new Promise((resolve) => child.once("exit", () => resolve())) };
}

async function stopWorker(worker: Worker): Promise<void> {
  worker.child.kill("SIGTERM");
  await worker.exited;
}

async function until(condition: () => Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error("the round did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
