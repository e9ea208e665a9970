// The per-user storage quota: an upload or a generated image past it is refused (413
// STORAGE_QUOTA_EXCEEDED), with no row and no file; a generation ends FAILED with that reason.
import { createTestUser, resetDatabase } from "../support/db";
import { samplePng, startFakeOpenAI, type FakeOpenAI } from "../support/fake-providers";
import * as accountStorage from "@/app/api/account/storage/route";
import * as gallery from "@/app/api/gallery/images/route";
import { prisma } from "@/lib/db/client";
import { storageStandingResponse } from "@/lib/schemas/account-response";
import { storageQuotaBytes } from "@/lib/images/storage-quota";
import { startGenerationWorker } from "@/lib/generation/worker";
import { call, smallPng } from "./gallery-helpers";
import { fillStorage } from "./storage-helpers";
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
const savedQuota = process.env.STORAGE_QUOTA_MB;

beforeAll(async () => {
  openai = await startFakeOpenAI({ requiredKey: SECRET_KEY });
  await startGenerationWorker({ concurrency: 2 });
});
afterAll(async () => {
  await openai.close();
  if (savedQuota === undefined) delete process.env.STORAGE_QUOTA_MB;
  else process.env.STORAGE_QUOTA_MB = savedQuota;
});
beforeEach(async () => {
  await resetDatabase();
  openai.reset();
  openai.imageBytes = await samplePng(64, 64);
  process.env.STORAGE_QUOTA_MB = "1";
});

const MB = 1024 * 1024;
const pendingJobs = async () =>
  JSON.stringify(await prisma.$queryRaw`SELECT id::text FROM pgboss.job WHERE name = 'image-generation' ORDER BY id`);

const uploadForm = async () => {
  const data = new FormData();
  data.set("file", new Blob([new Uint8Array(await smallPng())]), "portrait.png");
  return data;
};

describe("STORAGE_QUOTA_MB", () => {
  test("defaults to 2048 MB; 0 is unlimited; nonsense falls back to the default", () => {
    delete process.env.STORAGE_QUOTA_MB;
    expect(storageQuotaBytes()).toBe(2048 * MB);
    process.env.STORAGE_QUOTA_MB = "0";
    expect(storageQuotaBytes()).toBeNull();
    process.env.STORAGE_QUOTA_MB = "lots";
    expect(storageQuotaBytes()).toBe(2048 * MB);
  });
});

describe("uploads", () => {
  test("an upload past the quota is a 413 in the one error shape; nothing is stored", async () => {
    const user = await createTestUser();
    await fillStorage(user.id, MB - 100); // 100 bytes left: the PNG does not fit
    const rowsBefore = await prisma.image.count();
    const assetsBefore = await prisma.asset.count();
    const filesBefore = await storedFiles();

    const result = await call(gallery.POST, user, "/api/gallery/images", { method: "POST", form: await uploadForm() });
    expect(result.status).toBe(413);
    expect(result.body.error.code).toBe("STORAGE_QUOTA_EXCEEDED");
    expect(result.body.error.message).toMatch(/storage is full: 1\.0 MB of 1\.0 MB used/);
    expect(result.body.error.details).toMatchObject({ usedBytes: MB - 100, quotaBytes: MB });
    expect(await prisma.image.count()).toBe(rowsBefore);
    expect(await prisma.asset.count()).toBe(assetsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  test("before the body is read: a declared length past the room left, or a full storage, is a 413 (not the 415 a non-image would get)", async () => {
    const user = await createTestUser();
    await fillStorage(user.id, MB - 100 * 1024); // 100 KB left
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(300 * 1024).fill(7)]), "not-an-image.png");
    const length = (await new Response(form).arrayBuffer()).byteLength;
    const before = { rows: await prisma.image.count(), assets: await prisma.asset.count(), files: await storedFiles() };

    const declared = await call(gallery.POST, user, "/api/gallery/images", {
      method: "POST",
      form,
      headers: { "content-length": String(length) },
    });
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe("STORAGE_QUOTA_EXCEEDED");
    expect(declared.body.error.details).toEqual({
      usedBytes: MB - 100 * 1024,
      quotaBytes: MB,
      incomingBytes: length - 64 * 1024, // the form's framing allowance is not counted
    });
    // The same body without a length gets past the early check and is refused as what it is.
    const undeclared = await call(gallery.POST, user, "/api/gallery/images", { method: "POST", form });
    expect(undeclared.status).toBe(415);

    await fillStorage(user.id, 100 * 1024); // now full: refused early even without a length
    const full = await call(gallery.POST, user, "/api/gallery/images", { method: "POST", form });
    expect(full.status).toBe(413);
    expect(full.body.error.details).toEqual({ usedBytes: MB, quotaBytes: MB, incomingBytes: 0 });
    expect(full.body.error.message).toBe(
      "Your storage is full: 1.0 MB of 1.0 MB used. Delete images you no longer need to make room.",
    );
    expect(await prisma.image.count()).toBe(before.rows + 1); // only the second filler
    expect(await prisma.asset.count()).toBe(before.assets);
    expect(await storedFiles()).toEqual(before.files);
  });

  test("the quota is per user, and 0 lifts it", async () => {
    const full = await createTestUser();
    const other = await createTestUser();
    await fillStorage(full.id, MB);
    const fits = await call(gallery.POST, other, "/api/gallery/images", { method: "POST", form: await uploadForm() });
    expect(fits.status).toBe(201);

    process.env.STORAGE_QUOTA_MB = "0";
    const unlimited = await call(gallery.POST, full, "/api/gallery/images", {
      method: "POST",
      form: await uploadForm(),
    });
    expect(unlimited.status).toBe(201);
    expect(await prisma.image.count({ where: { ownerId: full.id } })).toBe(2);
    expect(await storedFiles()).toHaveLength(2);
  });
});

describe("GET /api/account/storage", () => {
  test("the caller's own stored bytes beside the quota, in its contract; null with no quota", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await fillStorage(user.id, 1234);
    const uploaded = await call(gallery.POST, user, "/api/gallery/images", {
      method: "POST",
      form: await uploadForm(),
    });
    expect(uploaded.status).toBe(201);
    const stored = await prisma.image.aggregate({ where: { ownerId: user.id }, _sum: { bytes: true } });

    const mine = await call(accountStorage.GET, user, "/api/account/storage");
    expect(mine.status).toBe(200);
    expect(storageStandingResponse.parse(mine.body)).toEqual({ usedBytes: stored._sum.bytes, quotaBytes: MB });
    const theirs = await call(accountStorage.GET, other, "/api/account/storage");
    expect(theirs.body).toEqual({ usedBytes: 0, quotaBytes: MB });

    process.env.STORAGE_QUOTA_MB = "0";
    const unlimited = await call(accountStorage.GET, user, "/api/account/storage");
    expect(unlimited.body).toEqual({ usedBytes: stored._sum.bytes, quotaBytes: null });
  });
});

describe("generations", () => {
  test("a generated image past the quota: FAILED with the reason, 413 to the waiting caller, no image, no file", async () => {
    const owner = await createTestUser();
    const profile = await createProfile(owner.id, "OPENAI", {
      baseUrl: openai.baseUrl,
      apiKey: SECRET_KEY,
      imageModel: "dall-e-2",
    });
    await fillStorage(owner.id, MB - 10);
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(413);
    expect(body.error.code).toBe("STORAGE_QUOTA_EXCEEDED");
    expect(body.error.message).toMatch(/storage is full/);
    const generation = await prisma.generation.findUniqueOrThrow({
      where: { id: body.error.details.generationIds[0] },
    });
    expect(generation).toMatchObject({ status: "FAILED", errorCode: "STORAGE_QUOTA_EXCEEDED" });
    expect(generation.error).toMatch(/storage is full/);
    expect(await prisma.image.count({ where: { ownerId: owner.id } })).toBe(1); // only the filler
    expect(await storedFiles()).toEqual([]); // no file, not even a temp file
    expect(openai.requests).toHaveLength(1); // the provider was asked once, not retried
  });

  test("a user whose storage is full is refused at request time: 413 in the same shape, nothing created, the provider never asked", async () => {
    const owner = await createTestUser();
    const profile = await createProfile(owner.id, "OPENAI", {
      baseUrl: openai.baseUrl,
      apiKey: SECRET_KEY,
      imageModel: "dall-e-2",
    });
    await fillStorage(owner.id, MB);
    const before = await pipelineSnapshot();
    const jobsBefore = await pendingJobs();

    for (const wait of [true, false]) {
      const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id, wait });
      expect(status).toBe(413);
      expect(body.error.code).toBe("STORAGE_QUOTA_EXCEEDED");
      expect(body.error.details).toEqual({ usedBytes: MB, quotaBytes: MB, incomingBytes: 0 });
      expect(body.error.message).toMatch(/^Your storage is full: 1\.0 MB of 1\.0 MB used\. Delete images/);
    }
    expect(await pipelineSnapshot()).toBe(before); // no generation, asset, image or tag
    expect(await pendingJobs()).toBe(jobsBefore); // no queued job
    expect(await storedFiles()).toEqual([]);
    expect(openai.requests).toHaveLength(0);
  });

  test("below the quota the same generation completes", async () => {
    const owner = await createTestUser();
    const profile = await createProfile(owner.id, "OPENAI", {
      baseUrl: openai.baseUrl,
      apiKey: SECRET_KEY,
      imageModel: "dall-e-2",
    });
    await fillStorage(owner.id, MB / 2);
    const before = await pipelineSnapshot();
    const { status, body } = await postGenerate(owner.id, { prompt: "a castle", profileId: profile.id });
    expect(status).toBe(200);
    expect(await storedFiles()).toEqual([body.data[0].filepath]);
    expect(await pipelineSnapshot()).not.toBe(before);
  });
});
