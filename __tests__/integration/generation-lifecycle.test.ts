// Cancelling, crash recovery and ownership of generations.
import { createTestUser, resetDatabase } from "../support/db";
import { samplePng, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { prisma } from "@/lib/db/client";
import { isInFlightHere } from "@/lib/generation/in-flight";
import { normalizeImage } from "@/lib/images/normalize-image";
import { INTERRUPTED_MESSAGE, recoverInterruptedGenerations } from "@/lib/generation/recover-interrupted-generations";
import { requestGeneration } from "@/lib/generation/request-generation";
import { claimBatch } from "@/lib/generation/run-generation-batch";
import { GenerationDiscardedError, saveGeneratedImage } from "@/lib/generation/save-generated-image";
import { startGenerationWorker, stopGenerationWorker } from "@/lib/generation/worker";
import {
  createProfile,
  getGeneration,
  postCancel,
  postGenerate,
  SECRET_KEY,
  setupGenerationEnvironment,
  storedFiles,
  waitFor,
} from "./generation-helpers";

setupGenerationEnvironment();
let openai: FakeOpenAI;
let owner: { id: string };
let stranger: { id: string };
let profileId: string;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
});
afterAll(() => openai.close());
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  owner = await createTestUser();
  stranger = await createTestUser();
  profileId = (
    await createProfile(owner.id, "OPENAI", { baseUrl: openai.baseUrl, apiKey: SECRET_KEY, imageModel: "dall-e-2" })
  ).id;
});

const statusOf = async (id: string) => (await prisma.generation.findUniqueOrThrow({ where: { id } })).status;
/** The state of the pg-boss job that carries the generation's batch (pg-boss's own table). */
const jobStateOf = async (id: string) => {
  const { jobId } = await prisma.generation.findUniqueOrThrow({ where: { id }, select: { jobId: true } });
  const [job] = await prisma.$queryRaw<
    { state: string }[]
  >`SELECT state::text AS state FROM pgboss.job WHERE id::text = ${jobId}`;
  return job?.state;
};
const imageCalls = () => openai.requests.filter((request) => request.path.endsWith("/images/generations")).length;

describe("with no worker running", () => {
  beforeAll(() => stopGenerationWorker(1_000));

  test("a pending generation cancelled before any worker sees it never runs", async () => {
    const accepted = await postGenerate(owner.id, { prompt: "a castle", profileId, wait: false });
    const id = accepted.body.generations[0].id;
    expect(await statusOf(id)).toBe("PENDING");
    expect((await postCancel(stranger.id, id)).status).toBe(404);
    const cancelled = await postCancel(owner.id, id);
    expect(cancelled).toMatchObject({ status: 200, body: { id, status: "CANCELLED" } });
    await startGenerationWorker({ concurrency: 2 });
    // The worker has taken the batch's job and finished it (found nothing left to run).
    expect(
      await waitFor(
        () => jobStateOf(id),
        (state) => state === "completed",
      ),
    ).toBe("completed");
    expect(await statusOf(id)).toBe("CANCELLED");
    expect(imageCalls()).toBe(0);
    expect(await storedFiles()).toEqual([]);
    await stopGenerationWorker(1_000);
  });

  test("a crash between GENERATING and COMPLETED is recovered: re-queued, or failed after its attempts", async () => {
    const crashed = await requestGeneration({ userId: owner.id, profileId, prompt: "a castle" });
    const exhausted = await requestGeneration({ userId: owner.id, profileId, prompt: "a keep" });
    // What a killed worker leaves: rows claimed (GENERATING, attempts+1) and never finished.
    await claimBatch(crashed.batchId);
    await claimBatch(exhausted.batchId);
    await prisma.generation.updateMany({ where: { batchId: exhausted.batchId }, data: { attempts: 3 } });
    const fresh = await requestGeneration({ userId: owner.id, profileId, prompt: "a tower" });
    await claimBatch(fresh.batchId); // a live worker's row: recent, so left alone
    // ...and an hour of silence is longer than any live worker's attempt budget.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await prisma.generation.updateMany({
      where: { batchId: { in: [crashed.batchId, exhausted.batchId] } },
      data: { updatedAt: anHourAgo },
    });
    const recovered = await recoverInterruptedGenerations();
    expect(recovered.requeued).toEqual([crashed.generations[0].id]);
    expect(recovered.failed).toEqual([exhausted.generations[0].id]);
    expect(await prisma.generation.findUniqueOrThrow({ where: { id: exhausted.generations[0].id } })).toMatchObject({
      status: "FAILED",
      errorCode: "INTERRUPTED",
      error: INTERRUPTED_MESSAGE,
    });
    expect(await statusOf(fresh.generations[0].id)).toBe("GENERATING");
    await startGenerationWorker({ concurrency: 2 });
    const id = crashed.generations[0].id;
    await waitFor(
      () => statusOf(id),
      (status) => status === "COMPLETED",
    );
    expect(await prisma.generation.findUniqueOrThrow({ where: { id }, include: { image: true } })).toMatchObject({
      status: "COMPLETED",
      attempts: 2,
    });
    expect(await storedFiles()).toHaveLength(1);
    await stopGenerationWorker(1_000);
  });

  test("a worker that finishes after a cancel discards its result and leaves no file", async () => {
    const batch = await requestGeneration({ userId: owner.id, profileId, prompt: "a castle" });
    const claimed = (await claimBatch(batch.batchId))!;
    expect((await postCancel(owner.id, claimed.generations[0].id)).body.status).toBe("CANCELLED");
    const image = await normalizeImage(await samplePng(32, 32));
    await expect(saveGeneratedImage(claimed.generations[0], image)).rejects.toBeInstanceOf(GenerationDiscardedError);
    expect(await storedFiles()).toEqual([]);
    expect(await prisma.image.count()).toBe(0);
    expect(await statusOf(claimed.generations[0].id)).toBe("CANCELLED");
  });
});

describe("with the worker running", () => {
  beforeAll(() => startGenerationWorker({ concurrency: 4 }));

  test("cancelling a running generation aborts the provider call; nothing is saved", async () => {
    openai.delayMs = 2_000;
    const accepted = await postGenerate(owner.id, { prompt: "a castle", profileId, wait: false });
    const id = accepted.body.generations[0].id;
    await waitFor(
      () => statusOf(id),
      (status) => status === "GENERATING",
    );
    await waitFor(
      async () => imageCalls(),
      (calls) => calls === 1,
    );
    expect((await postCancel(owner.id, id)).body).toEqual({ id, status: "CANCELLED" });
    // The call ends at once (aborted through its signal), before the provider has its answer ready.
    await waitFor(
      async () => isInFlightHere(id),
      (inFlight) => !inFlight,
      1_500,
    );
    expect(isInFlightHere(id)).toBe(false);
    expect(openai.answered).toBe(0);
    const polled = await getGeneration(owner.id, id);
    expect(polled.body).toMatchObject({ status: "CANCELLED", image: null });
    // The provider's late answer changes nothing.
    expect(
      await waitFor(
        async () => openai.answered,
        (answered) => answered === 1,
        5_000,
      ),
    ).toBe(1);
    expect(await statusOf(id)).toBe("CANCELLED");
    expect(await storedFiles()).toEqual([]);
    expect(await prisma.image.count()).toBe(0);
    expect(imageCalls()).toBe(1); // aborted, not retried
  });

  test("a completed generation cannot be cancelled (409); another user's is 404 everywhere", async () => {
    const done = await postGenerate(owner.id, { prompt: "a castle", profileId });
    const id = done.body.data[0].generationId;
    expect((await postCancel(owner.id, id)).status).toBe(409);
    expect((await postCancel(stranger.id, id)).status).toBe(404);
    expect((await getGeneration(stranger.id, id)).status).toBe(404);
    expect((await getGeneration(owner.id, id)).body).toMatchObject({
      status: "COMPLETED",
      image: { id: done.body.data[0].id },
    });
  });
});
