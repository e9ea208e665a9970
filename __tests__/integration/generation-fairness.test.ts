// One user's flood against a provider that never answers holds a few worker slots, never all of
// them: another user's built-in generation is done within seconds. A hung call ends FAILED with
// a reason once its timeout passes.
import { createTestUser, resetDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { prisma } from "@/lib/db/client";
import { maxRunningPerUser } from "@/lib/generation/config";
import { startGenerationWorker } from "@/lib/generation/worker";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import {
  createProfile,
  postCancel,
  postGenerate,
  SECRET_KEY,
  setupGenerationEnvironment,
  waitFor,
} from "./generation-helpers";

setupGenerationEnvironment();
const NEVER = 2 ** 31 - 1; // the fake's reply timer: longer than any test
let hung: FakeOpenAI;
let flooder: { id: string };
let hungProfileId: string;

beforeAll(async () => {
  hung = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  await startGenerationWorker({ concurrency: 16 });
});
afterAll(() => hung.close());
beforeEach(async () => {
  await resetDatabase();
  hung.reset();
  hung.delayMs = NEVER;
  flooder = await createTestUser();
  hungProfileId = (
    await createProfile(flooder.id, "OPENAI", { baseUrl: hung.baseUrl, apiKey: SECRET_KEY, imageModel: "dall-e-2" })
  ).id;
});

const imageCalls = () => hung.requests.filter((request) => request.path.endsWith("/images/generations")).length;
const statusOf = async (id: string) => (await prisma.generation.findUniqueOrThrow({ where: { id } })).status;

test("50 generations hung at one user's provider do not delay another user's built-in one", async () => {
  process.env.GENERATION_TIMEOUT_MS = "600000";
  const accepted = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      postGenerate(flooder.id, { prompt: `flood ${i}`, profileId: hungProfileId, wait: false }),
    ),
  );
  expect(accepted.map((result) => result.status)).toEqual(Array(50).fill(202));
  const cap = maxRunningPerUser();
  // The flooder's share of the worker is taken and stuck at the provider.
  expect(await waitFor(imageCalls, (calls) => calls >= cap)).toBe(cap);

  const other = await createTestUser();
  const builtin = (await ensureBuiltinProfile(other.id)).id;
  const started = performance.now();
  const request = await postGenerate(other.id, { prompt: "a dwarf cleric", profileId: builtin, wait: false });
  expect(request.status).toBe(202);
  const id = request.body.generations[0].id;
  const status = await waitFor(
    () => statusOf(id),
    (value) => value === "COMPLETED" || value === "FAILED",
    5_000,
  );
  const elapsed = performance.now() - started;
  expect(status).toBe("COMPLETED");
  expect(elapsed).toBeLessThan(5_000);

  // Still only the flooder's share at the provider, and the rest of the flood waits its turn.
  expect(imageCalls()).toBe(cap);
  expect(await prisma.generation.count({ where: { ownerId: flooder.id, status: "GENERATING" } })).toBe(cap);
  expect(await prisma.generation.count({ where: { ownerId: flooder.id, status: "PENDING" } })).toBe(50 - cap);

  // Cancelling the waiting ones first, then the running ones (which aborts their hung calls): the
  // flood ends without reaching the provider again.
  for (const status of ["PENDING", "GENERATING"] as const) {
    const rows = await prisma.generation.findMany({ where: { ownerId: flooder.id, status }, select: { id: true } });
    for (const row of rows) expect((await postCancel(flooder.id, row.id)).status).toBe(200);
  }
  expect(await prisma.generation.count({ where: { ownerId: flooder.id, status: { not: "CANCELLED" } } })).toBe(0);
  expect(imageCalls()).toBe(cap);
}, 30_000);

test("a call the provider never answers ends FAILED with the timeout as its reason", async () => {
  process.env.GENERATION_TIMEOUT_MS = "150";
  const request = await postGenerate(flooder.id, { prompt: "a keep", profileId: hungProfileId, wait: false });
  const id = request.body.generations[0].id;
  await waitFor(
    () => statusOf(id),
    (status) => status === "FAILED",
    10_000,
  );
  expect(await prisma.generation.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "FAILED",
    errorCode: "TIMEOUT",
    error: "The provider did not answer in time",
  });
  expect(imageCalls()).toBe(1); // a timeout is not retried: the provider had its chance
});
