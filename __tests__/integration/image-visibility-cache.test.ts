// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { sessionCookieFor } from "../support/session";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { GET } from "@/app/api/images/[id]/file/route";
import * as visibility from "@/app/api/visibility/route";
import * as removeCharacter from "@/app/api/campaigns/[id]/characters/[characterId]/route";
import { prisma } from "@/lib/db/client";
import {
  forgetVisibleImages,
  recallVisibleImage,
  rememberVisibleImage,
  startListening,
  stopListening,
  visibilityCacheStats,
  visibilityEpoch,
} from "@/lib/images/visibility-cache";
import { call, createAsset, createCampaign, storeImage } from "./gallery-helpers";

withTempStorageRoot("visibility-cache-");
beforeEach(async () => {
  await resetDatabase();
  await startListening();
});
afterAll(stopListening);

type Who = { id: string };
const view = async (who: Who, imageId: string) =>
  (await call(GET, who, `/api/images/${imageId}/file?width=32`, { params: { id: imageId } })).status;

/** Polls until the viewer's answer changes from 200 (the event has arrived), up to two seconds. */
async function answerAfterEvent(who: Who, imageId: string): Promise<{ status: number; waitedMs: number }> {
  const started = Date.now();
  let status = await view(who, imageId);
  while (status === 200 && Date.now() - started < 2_000) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    status = await view(who, imageId);
  }
  return { status, waitedMs: Date.now() - started };
}

/** A DM, a player in the campaign, and an image of the campaign the player has viewed twice. */
async function viewedCampaignImage() {
  const dm = await createTestUser();
  const player = await createTestUser();
  const campaign = await createCampaign(dm, [player]);
  const asset = await createAsset(dm.id, { campaignId: campaign.id, revealed: true });
  const image = await storeImage(dm.id, { campaignId: campaign.id, assetId: asset.id });
  expect(await view(player, image.id)).toBe(200);
  const before = visibilityCacheStats().hits;
  expect(await view(player, image.id)).toBe(200);
  expect(visibilityCacheStats().hits).toBe(before + 1);
  return { dm, player, campaign, asset, image };
}

describe("hiding through the routes", () => {
  it("the player's next request is refused once the DM hides the item with PUT /api/visibility", async () => {
    const { dm, player, image } = await viewedCampaignImage();
    const hidden = await call(visibility.PUT, dm, "/api/visibility", {
      method: "PUT",
      body: { visibility: "dm_only", items: [{ type: "image", id: image.id }] },
    });
    expect(hidden.body).toMatchObject({ updated: [{ type: "image", id: image.id }], failed: [] });
    const { status, waitedMs } = await answerAfterEvent(player, image.id);
    expect(status).toBe(404);
    expect(waitedMs).toBeLessThan(1_000);
  });

  it("the removed player's next request is refused once the DM removes their character", async () => {
    const { dm, player, campaign, image } = await viewedCampaignImage();
    const character = await prisma.characterProfile.create({
      data: { ownerId: player.id, name: "Vex", race: "Tiefling", characterClass: "Warlock" },
    });
    await prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: character.id } });
    const removed = await call(removeCharacter.DELETE, dm, "", {
      method: "DELETE",
      params: { id: campaign.id, characterId: character.id },
    });
    expect(removed.status).toBe(204);
    expect((await answerAfterEvent(player, image.id)).status).toBe(404);
  });
});

describe("image visibility cache", () => {
  it("answers a repeat view from memory while this process listens for changes", async () => {
    expect(visibilityCacheStats().listening).toBe(true);
    await viewedCampaignImage();
  });

  it.each([
    [
      "the player leaves the campaign",
      ({ campaign, player }: Fixture) =>
        prisma.campaignMember.deleteMany({ where: { campaignId: campaign.id, userId: player.id } }),
    ],
    [
      "the image is moved out of the campaign",
      ({ image }: Fixture) => prisma.image.update({ where: { id: image.id }, data: { campaignId: null } }),
    ],
    ["the image is deleted", ({ image }: Fixture) => prisma.image.delete({ where: { id: image.id } })],
    ["the campaign is deleted", ({ campaign }: Fixture) => prisma.campaign.delete({ where: { id: campaign.id } })],
    [
      "the DM hides the item again",
      ({ asset }: Fixture) => prisma.asset.update({ where: { id: asset.id }, data: { visibility: "DM_ONLY" } }),
    ],
    [
      "the picture becomes the DM's version",
      ({ image }: Fixture) => prisma.image.update({ where: { id: image.id }, data: { dmOnly: true } }),
    ],
    ["the item's asset is deleted", ({ asset }: Fixture) => prisma.asset.delete({ where: { id: asset.id } })],
  ])("forgets at once when %s", async (_change, revoke) => {
    const fixture = await viewedCampaignImage();
    await revoke(fixture);
    const { status, waitedMs } = await answerAfterEvent(fixture.player, fixture.image.id);
    expect(status).toBe(404);
    expect(waitedMs).toBeLessThan(1_000);
  });

  it("forgets a shared portrait when its character leaves the campaign or changes portrait", async () => {
    for (const revoke of ["leave", "new portrait"] as const) {
      const dm = await createTestUser();
      const player = await createTestUser();
      const campaign = await createCampaign(dm, [player]);
      const portraitAsset = await createAsset(player.id, { kind: "PORTRAIT" });
      const portrait = await storeImage(player.id, { assetId: portraitAsset.id });
      const character = await prisma.characterProfile.create({
        data: {
          ownerId: player.id,
          name: "Vex",
          race: "Tiefling",
          characterClass: "Warlock",
          portraitAssetId: portraitAsset.id,
        },
      });
      await prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: character.id } });
      expect(await view(dm, portrait.id)).toBe(200);
      if (revoke === "leave") await prisma.characterInfo.deleteMany({ where: { characterId: character.id } });
      else
        await prisma.characterProfile.update({
          where: { id: character.id },
          data: { portraitAssetId: (await createAsset(player.id)).id },
        });
      expect((await answerAfterEvent(dm, portrait.id)).status).toBe(404);
    }
  });

  it("answers 401 once the viewer's account is deleted", async () => {
    const { player, image } = await viewedCampaignImage();
    // The browser signed in before the account went: its cookie outlives the account's rows.
    const cookie = await sessionCookieFor(player.id);
    const viewWithCookie = async () =>
      (await call(GET, player, `/api/images/${image.id}/file?width=32`, { params: { id: image.id }, cookie })).status;
    expect(await viewWithCookie()).toBe(200);
    await prisma.user.delete({ where: { id: player.id } });
    expect(await viewWithCookie()).toBe(401);
  });

  it("does not remember an answer read before an event arrived", async () => {
    const row = {
      id: crypto.randomUUID(),
      path: "x/y.png",
      mimeType: "image/png",
      sha256: "0".repeat(64),
      format: "png",
    };
    const userId = crypto.randomUUID();
    const epoch = visibilityEpoch();
    forgetVisibleImages(); // an event lands while the query is in flight
    rememberVisibleImage(userId, row, epoch);
    expect(recallVisibleImage(userId, row.id)).toBeUndefined();
    rememberVisibleImage(userId, row, visibilityEpoch());
    expect(recallVisibleImage(userId, row.id)).toEqual(row);
  });

  it("asks the database for every request while its listening connection is lost", async () => {
    const { player, image } = await viewedCampaignImage();
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await prisma.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query = 'LISTEN image_visibility'`;
    const deadline = Date.now() + 2_000;
    while (visibilityCacheStats().listening && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(visibilityCacheStats().listening).toBe(false);
    const before = visibilityCacheStats();
    expect(await view(player, image.id)).toBe(200);
    expect(await view(player, image.id)).toBe(200);
    expect(visibilityCacheStats().hits).toBe(before.hits);
    expect(visibilityCacheStats().entries).toBe(0);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("visibility listener lost"));
    logged.mockRestore();
  });
});

type Fixture = Awaited<ReturnType<typeof viewedCampaignImage>>;
