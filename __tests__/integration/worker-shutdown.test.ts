// SIGTERM to a real `npm run worker` process (scripts/worker.ts) in the middle of a batch: it
// finishes within its grace period, or hands the batch back so another worker makes it, exits 0,
// and no image is lost or made twice.
import "../support/db";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { requestGeneration } from "@/lib/generation/request-generation";
import { startGenerationWorker, stopGenerationWorker } from "@/lib/generation/worker";
import { createTestUser, resetDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { createProfile, setupGenerationEnvironment, storedFiles, waitFor } from "./generation-helpers";

jest.setTimeout(90_000);
setupGenerationEnvironment();

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI({ requiredKey: "sk-test-shutdown" });
});
afterAll(() => fake.close());
beforeEach(async () => {
  await resetDatabase();
  fake.reset();
});

function startWorkerProcess(env: Record<string, string>): {
  child: ChildProcess;
  exited: Promise<number | null>;
  output: () => string;
} {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "worker.ts")], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      // Only this worker's slots: the test process enqueues and never runs a batch itself.
      GENERATION_WORKER_CONCURRENCY: "2",
      ALLOW_PRIVATE_PROVIDER_URLS: "true",
      ALLOWED_PRIVATE_PROVIDER_HOSTS: new URL(fake.origin).host,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function requestOnFake(userId: string) {
  const profile = await createProfile(userId, "OPENAI", {
    baseUrl: fake.baseUrl,
    apiKey: "sk-test-shutdown",
    imageModel: "dall-e-2",
  });
  return requestGeneration({ userId, profileId: profile.id, prompt: "a lighthouse", options: { n: 2 } });
}

const imageCalls = () => fake.requests.filter((request) => request.path.includes("/images/generations")).length;
const generationsOf = (batchId: string) =>
  prisma.generation.findMany({ where: { batchId }, include: { image: true }, orderBy: { id: "asc" } });

test("a batch that ends within the grace period is finished, then the worker exits 0", async () => {
  const owner = await createTestUser();
  fake.delayMs = 2_000; // the provider is still answering when SIGTERM arrives
  const worker = startWorkerProcess({ SHUTDOWN_GRACE_MS: "30000" });
  const batch = await requestOnFake(owner.id);
  expect(await waitFor(imageCalls, (calls) => calls === 1, 30_000)).toBe(1);

  worker.child.kill("SIGTERM");
  expect(await worker.exited).toBe(0);
  const generations = await generationsOf(batch.batchId);
  expect(generations.map((generation) => [generation.status, generation.attempts, !!generation.image])).toEqual([
    ["COMPLETED", 1, true],
    ["COMPLETED", 1, true],
  ]);
  expect(imageCalls()).toBe(1);
  expect(await storedFiles()).toHaveLength(2);
  expect(worker.output()).toContain("worker stopped");
});

test("a batch still running after the grace period is handed back and made once by another worker", async () => {
  const owner = await createTestUser();
  fake.delayMs = 60_000; // a provider that will not answer before the grace runs out
  const worker = startWorkerProcess({ SHUTDOWN_GRACE_MS: "300" });
  const batch = await requestOnFake(owner.id);
  expect(await waitFor(imageCalls, (calls) => calls === 1, 30_000)).toBe(1);
  expect((await generationsOf(batch.batchId)).map((generation) => generation.status)).toEqual([
    "GENERATING",
    "GENERATING",
  ]);

  worker.child.kill("SIGTERM");
  expect(await worker.exited).toBe(0);
  // Back in the queue, unclaimed, with a job for whoever comes next.
  const handedBack = await generationsOf(batch.batchId);
  expect(handedBack.map((generation) => [generation.status, generation.attempts, generation.image])).toEqual([
    ["PENDING", 1, null],
    ["PENDING", 1, null],
  ]);
  expect(await storedFiles()).toEqual([]);
  expect(worker.output()).toContain("handed back 2 generations");

  fake.delayMs = 0;
  await startGenerationWorker({ concurrency: 2 }); // another worker (this test process)
  const done = await waitFor(
    () => generationsOf(batch.batchId),
    (rows) => rows.every((row) => row.status === "COMPLETED"),
    30_000,
  );
  expect(done.map((generation) => [generation.status, generation.attempts, !!generation.image])).toEqual([
    ["COMPLETED", 2, true],
    ["COMPLETED", 2, true],
  ]);
  expect(await prisma.image.count()).toBe(2);
  expect(await storedFiles()).toHaveLength(2);
  expect(imageCalls()).toBe(2); // the aborted call and the one that made the pictures
  await stopGenerationWorker(5_000);
});

test("a worker killed outright stops beating, and another worker recovers its batch within a few beats", async () => {
  const owner = await createTestUser();
  fake.delayMs = 60_000;
  const saved = process.env.GENERATION_HEARTBEAT_MS;
  process.env.GENERATION_HEARTBEAT_MS = "300"; // this process's worker: stale after 900 ms, looks as often
  try {
    const worker = startWorkerProcess({ GENERATION_HEARTBEAT_MS: "300" });
    const batch = await requestOnFake(owner.id);
    expect(await waitFor(imageCalls, (calls) => calls === 1, 30_000)).toBe(1);
    // Held and beating: still GENERATING well past three beats.
    const claimedAt = (await generationsOf(batch.batchId))[0].updatedAt.getTime();
    await waitFor(
      async () => (await generationsOf(batch.batchId))[0].updatedAt.getTime(),
      (touched) => touched > claimedAt + 600,
      10_000,
    );
    await startGenerationWorker({ concurrency: 2 });
    expect((await generationsOf(batch.batchId)).map((generation) => generation.status)).toEqual([
      "GENERATING",
      "GENERATING",
    ]);

    worker.child.kill("SIGKILL");
    await worker.exited;
    fake.delayMs = 0;
    const done = await waitFor(
      () => generationsOf(batch.batchId),
      (rows) => rows.every((row) => row.status === "COMPLETED"),
      30_000,
    );
    expect(done.map((generation) => [generation.status, generation.attempts, !!generation.image])).toEqual([
      ["COMPLETED", 2, true],
      ["COMPLETED", 2, true],
    ]);
    expect(await prisma.image.count()).toBe(2);
    expect(await storedFiles()).toHaveLength(2);
  } finally {
    await stopGenerationWorker(5_000);
    if (saved === undefined) delete process.env.GENERATION_HEARTBEAT_MS;
    else process.env.GENERATION_HEARTBEAT_MS = saved;
  }
});
