// DELETE /api/campaigns/{id}: the DM only (204, rows gone, map/token files removed); member and
// outsider 404, anonymous 401, and nothing changes on refusal.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as campaignRoute from "@/app/api/campaigns/[id]/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createCampaign, fileExists, storeImage } from "./gallery-helpers";

withTempStorageRoot("campaigns-delete-");
beforeEach(resetDatabase);

async function seed() {
  const [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  const campaign = await createCampaign(dm, [player]);
  const character = await prisma.characterProfile.create({
    data: { ownerId: player.id, name: "Vex", race: "tiefling", characterClass: "rogue" },
  });
  await prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: character.id } });
  const mapAsset = await createAsset(dm.id, { name: "Crypt", kind: "MAP", campaignId: campaign.id });
  const mapImage = await storeImage(dm.id, { assetId: mapAsset.id, campaignId: campaign.id });
  await prisma.map.create({
    data: {
      ownerId: dm.id,
      campaignId: campaign.id,
      assetId: mapAsset.id,
      name: "Crypt",
      mapType: "dungeon",
      difficulty: "medium",
      seed: "s",
      widthSquares: 10,
      heightSquares: 10,
      layout: {},
    },
  });
  const tokenAsset = await createAsset(dm.id, { name: "Goblin", kind: "TOKEN", campaignId: campaign.id });
  const tokenImage = await storeImage(dm.id, { assetId: tokenAsset.id, campaignId: campaign.id });
  await prisma.token.create({
    data: {
      ownerId: dm.id,
      campaignId: campaign.id,
      assetId: tokenAsset.id,
      name: "Goblin",
      disposition: "HOSTILE",
      gridWidth: 1,
      gridHeight: 1,
    },
  });
  // A player's portrait shared in the campaign: it stays theirs when the campaign goes.
  const portraitAsset = await createAsset(player.id, {
    name: "Vex portrait",
    kind: "PORTRAIT",
    campaignId: campaign.id,
  });
  const portrait = await storeImage(player.id, { assetId: portraitAsset.id, campaignId: campaign.id });
  return { dm, player, outsider, campaign, character, mapImage, tokenImage, portraitAsset, portrait };
}

const snapshot = async () => ({
  campaigns: await prisma.campaign.count(),
  members: await prisma.campaignMember.count(),
  infos: await prisma.characterInfo.count(),
  maps: await prisma.map.count(),
  tokens: await prisma.token.count(),
  assets: await prisma.asset.count(),
  images: await prisma.image.findMany({ select: { id: true, campaignId: true }, orderBy: { id: "asc" } }),
});

const remove = (who: { id: string } | null, id: string) =>
  call(campaignRoute.DELETE, who, `/api/campaigns/${id}`, { method: "DELETE", params: { id } });

describe("DELETE /api/campaigns/{id}", () => {
  it("the DM deletes it: 204, rows gone, map and token files removed, players keep their own things", async () => {
    const s = await seed();
    const result = await remove(s.dm, s.campaign.id);
    expect(result.status).toBe(204);
    expect(await prisma.campaign.findUnique({ where: { id: s.campaign.id } })).toBeNull();
    expect(await prisma.campaignMember.count({ where: { campaignId: s.campaign.id } })).toBe(0);
    expect(await prisma.characterInfo.count({ where: { campaignId: s.campaign.id } })).toBe(0);
    expect(await prisma.map.count()).toBe(0);
    expect(await prisma.token.count()).toBe(0);
    expect(await prisma.image.count({ where: { id: { in: [s.mapImage.id, s.tokenImage.id] } } })).toBe(0);
    expect(await prisma.asset.count({ where: { kind: { in: ["MAP", "TOKEN"] } } })).toBe(0);
    expect(await fileExists(s.mapImage.path)).toBe(false);
    expect(await fileExists(s.tokenImage.path)).toBe(false);
    // The character and the player's portrait stay, now personal.
    expect(await prisma.characterProfile.findUnique({ where: { id: s.character.id } })).not.toBeNull();
    expect(await prisma.image.findUnique({ where: { id: s.portrait.id } })).toMatchObject({
      campaignId: null,
      ownerId: s.player.id,
    });
    expect(await prisma.asset.findUnique({ where: { id: s.portraitAsset.id } })).toMatchObject({ campaignId: null });
    expect(await fileExists(s.portrait.path)).toBe(true);
    expect(
      (await call(campaignRoute.GET, s.dm, `/api/campaigns/${s.campaign.id}`, { params: { id: s.campaign.id } }))
        .status,
    ).toBe(404);
    expect((await remove(s.dm, s.campaign.id)).status).toBe(404);
  });

  it("member 404, outsider 404, anonymous 401, bad id 404; nothing changes", async () => {
    const s = await seed();
    const before = await snapshot();
    expect((await remove(s.player, s.campaign.id)).status).toBe(404);
    expect((await remove(s.outsider, s.campaign.id)).status).toBe(404);
    expect((await remove(null, s.campaign.id)).status).toBe(401);
    expect((await remove(s.dm, "not-a-uuid")).status).toBe(404);
    expect(await snapshot()).toEqual(before);
    for (const image of [s.mapImage, s.tokenImage, s.portrait]) expect(await fileExists(image.path)).toBe(true);
  });
});
