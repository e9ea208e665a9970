// What a generation stores and replays: the seed it was drawn with (so the same seed draws the
// same picture again), xAI's resolution through to the provider call, and the asset's name by
// subject. Real database, real worker, the built-in engine and a real HTTP fake of xAI.
import { createTestUser, resetDatabase } from "../support/db";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import {
  createProfile,
  pipelineSnapshot,
  postGenerate,
  SECRET_KEY,
  setupGenerationEnvironment,
} from "./generation-helpers";

setupGenerationEnvironment();
let xai: FakeOpenAI;
let owner: { id: string };

beforeAll(async () => {
  xai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  await startGenerationWorker({ concurrency: 2 });
});
afterAll(async () => {
  await xai.close();
});
beforeEach(async () => {
  await resetDatabase();
  xai.reset();
  owner = await createTestUser();
});

type Parameters = { seed?: number; index: number; resolution?: string };
const generationsOf = (batchGenerationIds: string[]) =>
  prisma.generation
    .findMany({ where: { id: { in: batchGenerationIds } }, include: { image: true, asset: true } })
    .then((rows) => rows.sort((a, b) => (a.parameters as Parameters).index - (b.parameters as Parameters).index));

describe("the seed a picture was drawn with", () => {
  test("is stored per generation, and the same seed draws the same picture again", async () => {
    const profile = await createProfile(owner.id, "BUILTIN");
    const first = await postGenerate(owner.id, {
      prompt: "a hooded goblin archer",
      profileId: profile.id,
      options: { n: 2 },
    });
    expect(first.status).toBe(200);
    const [a, b] = await generationsOf(first.body.data.map((image: { generationId: string }) => image.generationId));
    const seedA = (a.parameters as Parameters).seed!;
    expect(Number.isInteger(seedA)).toBe(true);
    // Image i of a batch is drawn with seed + i, and says so.
    expect((b.parameters as Parameters).seed).toBe(seedA + 1);
    expect(a.image!.sha256).not.toBe(b.image!.sha256);

    // "Generate again" with the second picture's seed reproduces it byte for byte.
    const again = await postGenerate(owner.id, {
      prompt: "a hooded goblin archer",
      profileId: profile.id,
      options: { n: 1, seed: seedA + 1 },
    });
    expect(again.status).toBe(200);
    const [replayed] = await generationsOf([again.body.data[0].generationId]);
    expect((replayed.parameters as Parameters).seed).toBe(seedA + 1);
    expect(replayed.image!.sha256).toBe(b.image!.sha256);

    // Without a seed, the same request again is a new picture with a new seed.
    const fresh = await postGenerate(owner.id, { prompt: "a hooded goblin archer", profileId: profile.id });
    const [other] = await generationsOf([fresh.body.data[0].generationId]);
    expect([seedA, seedA + 1]).not.toContain((other.parameters as Parameters).seed);
    expect(other.image!.sha256).not.toBe(a.image!.sha256);
  });

  test("a seed that is not a whole number in range is refused, and nothing changes", async () => {
    const profile = await createProfile(owner.id, "BUILTIN");
    const before = await pipelineSnapshot();
    for (const seed of [-1, 1.5, 2 ** 32, "42"]) {
      const result = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id, options: { seed } });
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe("VALIDATION");
    }
    expect(await pipelineSnapshot()).toBe(before);
  });
});

describe("xAI resolution", () => {
  const xaiProfile = () =>
    createProfile(owner.id, "XAI", { baseUrl: xai.baseUrl, apiKey: SECRET_KEY, imageModel: "grok-imagine-image" });

  test("is sent to the provider with the aspect ratio, and stored in the parameters", async () => {
    const profile = await xaiProfile();
    const result = await postGenerate(owner.id, {
      prompt: "a storm over the sea",
      profileId: profile.id,
      options: { resolution: "2k", aspectRatio: "16:9" },
    });
    expect(result.status).toBe(200);
    const call = xai.requests.find((request) => request.path.endsWith("/images/generations"));
    expect(call?.body).toMatchObject({ model: "grok-imagine-image", resolution: "2k", aspect_ratio: "16:9" });
    const [generation] = await generationsOf([result.body.data[0].generationId]);
    expect(generation.parameters).toMatchObject({ resolution: "2k", aspectRatio: "16:9" });
    // xAI takes no seed: none is invented for it.
    expect((generation.parameters as Parameters).seed).toBeUndefined();
  });

  test("is not sent when not asked for; an unknown resolution is refused before any call", async () => {
    const profile = await xaiProfile();
    expect((await postGenerate(owner.id, { prompt: "a storm", profileId: profile.id })).status).toBe(200);
    expect(xai.requests.find((request) => request.path.endsWith("/images/generations"))?.body).not.toHaveProperty(
      "resolution",
    );
    xai.reset();
    const before = await pipelineSnapshot();
    const refused = await postGenerate(owner.id, {
      prompt: "a storm",
      profileId: profile.id,
      options: { resolution: "4k" },
    });
    expect(refused.status).toBe(400);
    expect(xai.requests).toHaveLength(0);
    expect(await pipelineSnapshot()).toBe(before);
  });
});

describe("asset names", () => {
  test("a framed prompt names its asset by subject; a plain prompt keeps the user's words", async () => {
    const profile = await createProfile(owner.id, "BUILTIN");
    const cases: Array<[string, string]> = [
      [
        "Token portrait, head and shoulders, centred, plain background: a bugbear chief with a morningstar",
        "Bugbear chief — token",
      ],
      ["A watercolor portrait of Thorin, a dwarf king under the mountain", "Thorin — portrait"],
      ["A scene of a ruined temple at dusk", "Ruined temple — scene"],
      ["A dwarven forge under the mountain", "A dwarven forge under the mountain"],
    ];
    for (const [prompt, name] of cases) {
      const result = await postGenerate(owner.id, { prompt, profileId: profile.id });
      expect(result.status).toBe(200);
      const [generation] = await generationsOf([result.body.data[0].generationId]);
      expect(generation.asset!.name).toBe(name);
    }
  });
});
