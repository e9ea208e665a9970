// The v1 generation update sets status only on generations recorded through the API, never on one
// the pipeline runs: a campaign's DM must not be able to make the worker run a player's generation again.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as oneGeneration from "@/app/api/v1/generations/[generationId]/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createCampaign } from "./gallery-helpers";

withTempStorageRoot("generation-guard-");
beforeEach(resetDatabase);

async function playerGeneration(status: "PENDING" | "GENERATING" | "FAILED" | "COMPLETED", jobId: string | null) {
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
