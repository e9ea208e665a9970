// A backlog drains at the provider's pace, not at pg-boss's ten-second backstop poll: a poller whose
// batch ends fetches again at once. One user's queue is held back by the per-user cap, so the
// pollers that find nothing of theirs go to sleep; without the wake-up each round of four batches
// would wait ten seconds for the next.
import { createTestUser, resetDatabase } from "../support/db";
import { samplePng, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { prisma } from "@/lib/db/client";
import { maxRunningPerUser } from "@/lib/generation/config";
import { requestGeneration } from "@/lib/generation/request-generation";
import { startGenerationWorker, stopGenerationWorker } from "@/lib/generation/worker";
import { createProfile, SECRET_KEY, setupGenerationEnvironment, waitFor } from "./generation-helpers";

setupGenerationEnvironment();
let openai: FakeOpenAI;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  openai.imageBytes = await samplePng(32, 32);
});
afterAll(() => openai.close());
beforeEach(resetDatabase);

test("three rounds of one user's queued batches complete without waiting for the backstop poll", async () => {
  await stopGenerationWorker(1_000);
  const user = await createTestUser();
  const profileId = (
    await createProfile(user.id, "OPENAI", { baseUrl: openai.baseUrl, apiKey: SECRET_KEY, imageModel: "dall-e-2" })
  ).id;
  const rounds = 3;
  const count = maxRunningPerUser() * rounds;
  // Queued while no worker runs, so every batch goes through pg-boss (none runs in the request).
  for (let i = 0; i < count; i++) await requestGeneration({ userId: user.id, profileId, prompt: `keep ${i}` });

  const started = performance.now();
  await startGenerationWorker({ concurrency: 16 });
  const completed = await waitFor(
    () => prisma.generation.count({ where: { ownerId: user.id, status: "COMPLETED" } }),
    (done) => done === count,
    15_000,
  );
  const elapsed = performance.now() - started;
  expect(completed).toBe(count);
  // Two backstop waits alone would be 20 s; the images themselves take well under a second each.
  expect(elapsed).toBeLessThan(9_000);
}, 30_000);
