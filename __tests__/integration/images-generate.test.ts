// The image-generation API: POST /api/images/generate end to end — real database, real pg-boss worker, real
// HTTP fake providers, real files in a temp storage root.
import { createTestUser, resetDatabase } from "../support/db";
import { startFakeAnthropic, startFakeOpenAI, type FakeAnthropic, type FakeOpenAI } from "../support/fake-providers";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import sharp from "sharp";
import {
  createProfile,
  getGeneration,
  pipelineSnapshot,
  postGenerate,
  SECRET_KEY,
  storedFiles,
  setupGenerationEnvironment,
  waitFor,
} from "./generation-helpers";

const { logs } = setupGenerationEnvironment();
let openai: FakeOpenAI;
let anthropic: FakeAnthropic;
let owner: { id: string };
let stranger: { id: string };

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  anthropic = await startFakeAnthropic();
  await startGenerationWorker({ concurrency: 4 });
});
afterAll(async () => {
  await openai.close();
  await anthropic.close();
});
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  openai.revisedPrompt = undefined;
  delete process.env.GENERATION_TIMEOUT_MS;
  owner = await createTestUser();
  stranger = await createTestUser();
});

const openAIProfile = (imageModel = "dall-e-2", userId = owner.id) =>
  createProfile(userId, "OPENAI", { baseUrl: openai.baseUrl, apiKey: SECRET_KEY, imageModel });

describe("POST /api/images/generate (the image-generation API)", () => {
  test("401 without a session", async () => {
    const profile = await openAIProfile();
    const { status, body } = await postGenerate(undefined, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(401);
    expect(body.error.code).toBe("UNAUTHENTICATED");
  });

  test("400 on invalid input, and nothing changes", async () => {
    const profile = await openAIProfile();
    const before = await pipelineSnapshot();
    for (const body of [
      { prompt: "", profileId: profile.id },
      { prompt: "x".repeat(4001), profileId: profile.id },
      { prompt: "a castle", profileId: "not-a-uuid" },
      { prompt: "a castle", profileId: profile.id, options: { n: 11 } },
      { prompt: "a castle", profileId: profile.id, options: { quality: "ultra" } },
      { prompt: "a castle", profileId: profile.id, tags: [{ tagType: "WEAPON", tagId: "x" }] },
    ]) {
      const result = await postGenerate(owner.id, body);
      expect(result.status).toBe(400);
      expect(result.body.error.code).toBe("VALIDATION");
    }
    expect((await postGenerate(owner.id, "{not json")).status).toBe(400);
    // Options the model does not declare: dall-e-3 makes one image per request.
    const dalle3 = await openAIProfile("dall-e-3");
    const refused = await postGenerate(owner.id, { prompt: "a castle", profileId: dalle3.id, options: { n: 2 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/n must be 1/);
    expect(await pipelineSnapshot()).toBe(before);
    expect(openai.requests).toHaveLength(0);
  });

  test("404 for another user's profile (and for one that does not exist)", async () => {
    const theirs = await openAIProfile("dall-e-2", stranger.id);
    const before = await pipelineSnapshot();
    const result = await postGenerate(owner.id, { prompt: "a castle", profileId: theirs.id });
    expect(result.status).toBe(404);
    expect(result.body.error.message).toBe("Connection profile not found");
    expect(
      (await postGenerate(owner.id, { prompt: "a castle", profileId: "2b7a3f56-5c1e-4d7a-9d0e-6f1b2c3d4e5f" })).status,
    ).toBe(404);
    expect(await pipelineSnapshot()).toBe(before);
  });

  test("400 UNSUPPORTED for a profile that cannot make images (Anthropic)", async () => {
    const profile = await createProfile(owner.id, "ANTHROPIC", {
      baseUrl: anthropic.baseUrl,
      apiKey: SECRET_KEY,
      imageModel: "claude-haiku-4-5",
    });
    const before = await pipelineSnapshot();
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(400);
    expect(body.error.code).toBe("UNSUPPORTED");
    expect(body.error.message).toMatch(/^Anthropic profiles cannot generate images/);
    expect(await pipelineSnapshot()).toBe(before);
    expect(anthropic.requests).toHaveLength(0);
  });

  test("generates, saves the files and answers with the seed's shape", async () => {
    const profile = await openAIProfile();
    const { status, body, text } = await postGenerate(owner.id, {
      prompt: "A majestic castle in a magical forest",
      profileId: profile.id,
      options: { n: 2 },
    });
    expect(status).toBe(200);
    expect(body.metadata).toEqual({
      prompt: "A majestic castle in a magical forest",
      provider: "OPENAI",
      model: "dall-e-2",
      count: 2,
    });
    expect(body.data).toHaveLength(2);
    const files = await storedFiles();
    expect(files).toHaveLength(2);
    for (const item of body.data) {
      expect(item).toMatchObject({ url: `/api/images/${item.id}/file`, mimeType: "image/png", tags: [] });
      expect(item.filename).toMatch(new RegExp(`^${owner.id}_\\d+_[01]_[0-9a-f]{12}\\.png$`));
      expect(item.filepath).toBe(`${owner.id}/${item.filename}`);
      expect(files).toContain(item.filepath);
      const image = await prisma.image.findUniqueOrThrow({ where: { id: item.id }, include: { generation: true } });
      expect(image).toMatchObject({
        source: "GENERATED",
        generationPrompt: "A majestic castle in a magical forest",
        generationModel: "dall-e-2",
        width: 64,
        height: 64,
        format: "png",
        bytes: item.size,
      });
      expect(image.generation?.status).toBe("COMPLETED");
      expect(image.generation?.attempts).toBe(1);
    }
    expect(openai.lastRequest("/images/generations")?.body).toMatchObject({ model: "dall-e-2", n: 2 });
    expect(text).not.toContain(SECRET_KEY);
  });

  test("stores the request's typed tags on every image", async () => {
    const profile = await openAIProfile();
    const tags = [
      { tagType: "CHARACTER", tagId: "char-123" },
      { tagType: "THEME", tagId: "dark-fantasy" },
    ];
    const { status, body } = await postGenerate(owner.id, { prompt: "a dwarf cleric", profileId: profile.id, tags });
    expect(status).toBe(200);
    expect(
      body.data[0].tags.map(({ tagType, tagId }: { tagType: string; tagId: string }) => ({ tagType, tagId })),
    ).toEqual(tags);
    const stored = await prisma.imageTag.findMany({ where: { imageId: body.data[0].id }, orderBy: { tagType: "asc" } });
    expect(stored.map(({ tagType, tagId }) => ({ tagType, tagId }))).toEqual(tags);
  });

  test("custom size, quality and style reach the provider; revisedPrompt comes back", async () => {
    const profile = await openAIProfile("dall-e-3");
    openai.revisedPrompt = "A towering castle, mist, painterly";
    const { status, body } = await postGenerate(owner.id, {
      prompt: "a castle",
      profileId: profile.id,
      options: { size: "1792x1024", quality: "hd", style: "natural" },
    });
    expect(status).toBe(200);
    expect(openai.lastRequest("/images/generations")?.body).toMatchObject({
      model: "dall-e-3",
      size: "1792x1024",
      quality: "hd",
      style: "natural",
      n: 1,
    });
    expect(body.data[0].revisedPrompt).toBe("A towering castle, mist, painterly");
  });

  test("502 PROVIDER_ERROR when the provider refuses, with the generation ids and no file", async () => {
    const profile = await openAIProfile();
    openai.failWith({ status: 400, message: "Invalid prompt" });
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(502);
    expect(body.error.code).toBe("PROVIDER_ERROR");
    expect(body.error.details.generationIds).toHaveLength(1);
    const generation = await prisma.generation.findUniqueOrThrow({
      where: { id: body.error.details.generationIds[0] },
    });
    expect(generation).toMatchObject({ status: "FAILED", errorCode: "BAD_REQUEST" });
    expect(await storedFiles()).toEqual([]);
    expect(await prisma.image.count()).toBe(0);
  });

  test("504 TIMEOUT when the provider is slower than GENERATION_TIMEOUT_MS", async () => {
    process.env.GENERATION_TIMEOUT_MS = "300";
    openai.delayMs = 2_000;
    const profile = await openAIProfile();
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(504);
    expect(body.error.code).toBe("TIMEOUT");
    const generation = await prisma.generation.findUniqueOrThrow({
      where: { id: body.error.details.generationIds[0] },
    });
    expect(generation).toMatchObject({ status: "FAILED", errorCode: "TIMEOUT" });
    expect(await storedFiles()).toEqual([]);
  });

  test("the API key never appears in a response, a stored error or the console", async () => {
    const wrongKey = "sk-test-WRONG-key-should-stay-hidden-77";
    const profile = await createProfile(owner.id, "OPENAI", {
      baseUrl: openai.baseUrl,
      apiKey: wrongKey,
      imageModel: "dall-e-2",
    });
    const { status, text, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(502); // the fake echoes the wrong key in its 401, as OpenAI does
    const stored = await prisma.generation.findUniqueOrThrow({ where: { id: body.error.details.generationIds[0] } });
    const polled = await getGeneration(owner.id, stored.id);
    for (const seen of [text, polled.text, JSON.stringify(stored), logs.join("\n")]) {
      expect(seen).not.toContain(wrongKey);
      expect(seen).not.toContain(SECRET_KEY);
    }
  });

  test("wait:false answers 202 with ids, then the generation completes", async () => {
    const profile = await openAIProfile();
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id, wait: false });
    expect(status).toBe(202);
    expect(body.batchId).toEqual(expect.any(String));
    expect(body.generations).toEqual([{ id: expect.any(String), status: "PENDING" }]);
    const final = await waitFor(
      () => getGeneration(owner.id, body.generations[0].id),
      (result) => result.body.status === "COMPLETED",
    );
    expect(final.body).toMatchObject({
      status: "COMPLETED",
      error: null,
      image: { url: expect.stringMatching(/^\/api\/images\/.+\/file$/) },
    });
    expect(final.body.durationMs).toEqual(expect.any(Number));
    expect((await getGeneration(stranger.id, body.generations[0].id)).status).toBe(404);
  });

  test("the built-in engine (no key) makes a real PNG", async () => {
    const profile = await createProfile(owner.id, "BUILTIN");
    const { status, body } = await postGenerate(owner.id, {
      prompt: "an elf ranger in a moonlit forest",
      profileId: profile.id,
      options: { size: "512x512" },
    });
    expect(status).toBe(200);
    expect(body.metadata.provider).toBe("BUILTIN");
    const file = await prisma.image.findUniqueOrThrow({ where: { id: body.data[0].id } });
    const { readFile } = await import("node:fs/promises");
    const bytes = await readFile(`${process.env.STORAGE_ROOT}/${file.path}`);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: "png", width: 512, height: 512 });
  });
});
