// Only the pipeline sets the status of a generation it runs. The v1 generation update sets status
// only on generations recorded through the API (a campaign's DM must not be able to make the worker
// run a player's generation again), and neither an upload nor an image_path completes or fills a
// pipeline generation behind the worker's back.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as oneGeneration from "@/app/api/v1/generations/[generationId]/route";
import * as upload from "@/app/api/v1/generations/[generationId]/upload/route";
import { prisma } from "@/lib/db/client";
import type { GenerationStatus } from "@/lib/generated/prisma/enums";
import { storedFiles } from "./generation-helpers";
import { call, createAsset, createCampaign, smallPng, storeImage } from "./gallery-helpers";

withTempStorageRoot("generation-guard-", { emptyBeforeEach: true });
beforeEach(resetDatabase);

async function playerGeneration(status: GenerationStatus, jobId: string | null) {
  const [dm, player] = [await createTestUser(), await createTestUser()];
  const campaign = await createCampaign(dm, [player]);
  const asset = await createAsset(player.id, { campaignId: campaign.id });
  const generation = await prisma.generation.create({
    data: {
      ownerId: player.id,
      assetId: asset.id,
      status,
      providerKind: "OPENAI",
      prompt: "a bard",
      jobId,
      metadata: { note: "kept" },
    },
  });
  return { dm, player, generation };
}

const put = (who: { id: string }, generationId: string, body: unknown) =>
  call(oneGeneration.PUT, who, `/api/v1/generations/${generationId}`, {
    method: "PUT",
    params: { generationId },
    body,
  });

describe("PUT /api/v1/generations/{id} status", () => {
  it.each(["PENDING", "GENERATING", "FAILED", "COMPLETED"] as const)(
    "refuses a status for a pipeline generation that is %s, changing nothing",
    async (status) => {
      const { dm, generation } = await playerGeneration(status, "job-1");
      const before = await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
      for (const next of ["pending", "completed", "failed"]) {
        const result = await put(dm, generation.id, { status: next, metadata: { note: "changed" } });
        expect(result.status).toBe(409);
        expect(result.body.error.code).toBe("CONFLICT");
      }
      expect(await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).toEqual(before);
    },
  );

  it("still lets the DM change a pipeline generation's metadata, and anyone who may write it set the status of an API-recorded one", async () => {
    const { dm, generation } = await playerGeneration("COMPLETED", "job-1");
    expect((await put(dm, generation.id, { metadata: { note: "tidied" } })).status).toBe(200);
    expect((await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).metadata).toEqual({
      note: "tidied",
    });

    const recorded = await playerGeneration("PENDING", null);
    const result = await put(recorded.dm, recorded.generation.id, { status: "completed" });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe("completed");
  });
});

const postFile = async (who: { id: string }, generationId: string) => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(await smallPng())]), "made-elsewhere.png");
  return call(upload.POST, who, `/api/v1/generations/${generationId}/upload`, {
    method: "POST",
    params: { generationId },
    form,
  });
};
const rowsAndFiles = async () =>
  JSON.stringify({
    generations: await prisma.generation.findMany({ orderBy: { id: "asc" } }),
    images: await prisma.image.findMany({ orderBy: { id: "asc" } }),
    files: await storedFiles(),
  });

describe("POST /api/v1/generations/{id}/upload and PUT image_path on pipeline generations", () => {
  it.each(["PENDING", "GENERATING"] as const)(
    "refuses a file for a pipeline generation that is %s (409), rows and files unchanged",
    async (status) => {
      const { dm, player, generation } = await playerGeneration(status, "job-1");
      const loose = await storeImage(player.id, {});
      const before = await rowsAndFiles();
      for (const who of [dm, player]) {
        const uploaded = await postFile(who, generation.id);
        expect(uploaded.status).toBe(409);
        expect(uploaded.body.error).toMatchObject({
          code: "CONFLICT",
          message: expect.stringMatching(/still being made by the generation pipeline/),
        });
      }
      const attached = await put(player, generation.id, { image_path: loose.path });
      expect(attached.status).toBe(409);
      expect(await rowsAndFiles()).toBe(before);
    },
  );

  it.each(["FAILED", "CANCELLED"] as const)(
    "refuses a file that would make a %s pipeline generation completed",
    async (status) => {
      const { player, generation } = await playerGeneration(status, "job-1");
      const before = await rowsAndFiles();
      const uploaded = await postFile(player, generation.id);
      expect(uploaded.status).toBe(409);
      expect(uploaded.body.error.message).toMatch(/only the pipeline sets its status/);
      expect(await rowsAndFiles()).toBe(before);
    },
  );

  it("replaces the image of a completed pipeline generation, and completes one recorded through the API", async () => {
    const done = await playerGeneration("COMPLETED", "job-1");
    expect((await postFile(done.player, done.generation.id)).status).toBe(201);
    expect(await prisma.generation.findUniqueOrThrow({ where: { id: done.generation.id } })).toMatchObject({
      status: "COMPLETED",
    });

    const recorded = await playerGeneration("PENDING", null);
    expect((await postFile(recorded.player, recorded.generation.id)).status).toBe(201);
    expect(
      await prisma.generation.findUniqueOrThrow({ where: { id: recorded.generation.id }, include: { image: true } }),
    ).toMatchObject({ status: "COMPLETED", image: { source: "UPLOAD" } });
  });
});
