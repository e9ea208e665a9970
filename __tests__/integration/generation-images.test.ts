// What the worker does with the provider's bytes: decode fully, refuse what is not a sane image,
// leave no file behind; and how it retries a rate limit.
import { createTestUser, resetDatabase } from "../support/db";
import { samplePng, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import { startGenerationWorker } from "@/lib/generation/worker";
import {
  createProfile,
  pipelineSnapshot,
  postGenerate,
  SECRET_KEY,
  setupGenerationEnvironment,
  storedFiles,
} from "./generation-helpers";

setupGenerationEnvironment();
let openai: FakeOpenAI;
let owner: { id: string };
let profileId: string;
let goodPng: Buffer;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  goodPng = await samplePng(64, 64);
  await startGenerationWorker({ concurrency: 4 });
});
afterAll(() => openai.close());
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  openai.imageBytes = goodPng;
  openai.imageMimeType = "image/png";
  owner = await createTestUser();
  profileId = (
    await createProfile(owner.id, "OPENAI", { baseUrl: openai.baseUrl, apiKey: SECRET_KEY, imageModel: "dall-e-2" })
  ).id;
});

/** A PNG whose header claims width×height over a tiny body: a decompression bomb's calling card. */
function pngClaiming(width: number, height: number): Buffer {
  const bomb = Buffer.from(goodPng);
  bomb.writeUInt32BE(width, 16);
  bomb.writeUInt32BE(height, 20);
  bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)) >>> 0, 29); // IHDR's CRC, so only the size is wrong
  return bomb;
}

async function expectRefused(bytes: Buffer, reason: RegExp) {
  openai.imageBytes = bytes;
  const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId });
  expect(status).toBe(502);
  expect(body.error.code).toBe("PROVIDER_ERROR");
  expect(body.error.message).toMatch(reason);
  const generation = await prisma.generation.findUniqueOrThrow({ where: { id: body.error.details.generationIds[0] } });
  expect(generation).toMatchObject({ status: "FAILED", errorCode: "INVALID_IMAGE" });
  expect(generation.error).toMatch(reason);
  expect(await storedFiles()).toEqual([]); // no file, not even a temp file
  expect(await prisma.image.count()).toBe(0);
}

describe("validating the provider's images", () => {
  test("non-image bytes are refused", () => expectRefused(Buffer.from("<html>not an image</html>"), /not an image/));

  test("a truncated PNG is refused", () =>
    expectRefused(goodPng.subarray(0, goodPng.length - 40), /corrupt or truncated/));

  test("a 30,000×30,000 PNG (a decompression bomb) is refused before decoding", () =>
    expectRefused(pngClaiming(30_000, 30_000), /megapixels/));

  test("a JPEG stays JPEG, is rotated by EXIF and loses its metadata", async () => {
    openai.imageBytes = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#336699" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "secret camera" } } })
      .toBuffer();
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId });
    expect(status).toBe(200);
    expect(body.data[0]).toMatchObject({ mimeType: "image/jpeg", width: 20, height: 40 });
    expect(body.data[0].filename).toMatch(/\.jpg$/);
    const stored = await sharp(`${process.env.STORAGE_ROOT}/${body.data[0].filepath}`).metadata();
    expect(stored).toMatchObject({ format: "jpeg", width: 20, height: 40 });
    expect(stored.exif).toBeUndefined();
    expect(stored.orientation).toBeUndefined();
  });
});

describe("retries", () => {
  test("a 429 is retried (honouring Retry-After) and then succeeds", async () => {
    openai.failWith({ status: 429, message: "Rate limit reached", headers: { "retry-after": "0" }, times: 1 });
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId });
    expect(status).toBe(200);
    expect(openai.requests.filter((request) => request.path.endsWith("/images/generations"))).toHaveLength(2);
    expect(await storedFiles()).toEqual([body.data[0].filepath]);
  });

  test("three 503s give up after three attempts, backing off between them", async () => {
    openai.failWith({ status: 503, message: "Overloaded" });
    const { status } = await postGenerate(owner.id, { prompt: "a castle", profileId });
    expect(status).toBe(502);
    const attempts = openai.requests
      .filter((request) => request.path.endsWith("/images/generations"))
      .map((request) => request.receivedAt);
    expect(attempts).toHaveLength(3);
    // Backed off between attempts: at least half of the doubling wait (250 ms, then 500 ms).
    expect(attempts[1] - attempts[0]).toBeGreaterThanOrEqual(250);
    expect(attempts[2] - attempts[1]).toBeGreaterThanOrEqual(500);
    const snapshot = await pipelineSnapshot();
    expect(snapshot).toContain('"status":"FAILED"');
  });
});
