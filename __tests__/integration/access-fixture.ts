// One campaign world for the access tests: a DM and a player in one campaign, a player of another
// campaign (the outsider) with their own DM, and one of each kind of thing, hidden and revealed.
// Import after ../support/db.
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestUser } from "../support/db";
import { createAsset, createCampaign, storeImage } from "./gallery-helpers";

/** A small layout with every DM-only field a player must never receive. */
export function secretLayout(imageId: string, playerImageId: string) {
  return {
    mapType: "dungeon",
    difficulty: "hard",
    seed: "s1",
    width: 6,
    height: 4,
    title: "The Drowned Crypt",
    reading: { keywords: ["lich"], effects: ["a lich waits in room 2"] },
    tiles: ["######", "#....#", "#....#", "######"],
    rooms: [
      {
        id: 1,
        name: "Lich's vault",
        purpose: "vault",
        x: 1,
        y: 1,
        w: 4,
        h: 2,
        contents: ["the phylactery"],
        hazards: ["necrotic fog (DC 15)"],
      },
    ],
    doors: [
      { x: 3, y: 1, side: "v", kind: "secret", state: "closed" },
      { x: 1, y: 1, side: "h", kind: "door", state: "open" },
    ],
    features: [
      { kind: "trap", x: 2, y: 2, w: 1, h: 1, label: "Pit trap (DC 14)" },
      { kind: "pillar", x: 4, y: 2, w: 1, h: 1 },
    ],
    lights: [],
    imageId,
    playerImageId,
    source: { kind: "generator", notes: ["hid the phylactery behind the secret door"] },
  };
}

export const DM_SECRETS = [
  "Lich's vault",
  "phylactery",
  "necrotic fog",
  "Pit trap",
  "secret",
  "lich waits",
  "DM-only note",
];

async function mapItem(dmId: string, campaignId: string, name: string) {
  const asset = await createAsset(dmId, { campaignId, kind: "MAP", name });
  const dmPicture = await storeImage(dmId, { campaignId, assetId: asset.id });
  await prisma.image.update({ where: { id: dmPicture.id }, data: { dmOnly: true } });
  const playerPicture = await storeImage(dmId, { campaignId, assetId: asset.id, tags: ["player-version"] });
  const map = await prisma.map.create({
    data: {
      ownerId: dmId,
      campaignId,
      assetId: asset.id,
      name,
      description: "a flooded crypt where the lich waits",
      mapType: "dungeon",
      difficulty: "hard",
      seed: "s1",
      widthSquares: 6,
      heightSquares: 4,
      layout: secretLayout(dmPicture.id, playerPicture.id) as unknown as Prisma.InputJsonValue,
      foundryScene: { name, walls: [] },
    },
  });
  return { asset, map, dmPicture, playerPicture };
}

async function tokenItem(ownerId: string, campaignId: string, name: string, disposition: "HOSTILE" | "PC") {
  const asset = await createAsset(ownerId, { campaignId, kind: "TOKEN", name });
  const image = await storeImage(ownerId, { campaignId, assetId: asset.id });
  const token = await prisma.token.create({
    data: { ownerId, campaignId, assetId: asset.id, name, disposition, gridWidth: 1, gridHeight: 1 },
  });
  return { asset, image, token };
}

export const reveal = (assetId: string) =>
  prisma.asset.update({ where: { id: assetId }, data: { visibility: "PARTY" } });

/** A campaign NPC with its asset (the insert trigger makes the DM's hidden); its notes are the DM's. */
async function npcItem(ownerId: string, campaignId: string, name: string) {
  const asset = await createAsset(ownerId, { campaignId, kind: "NPC", name });
  return prisma.npc.create({
    data: {
      ownerId,
      campaignId,
      assetId: asset.id,
      name,
      race: "elf",
      characterClass: "cleric",
      notes: "DM-only note: a Harper agent",
    },
  });
}

export async function accessFixture() {
  const dm = await createTestUser({ name: "Dungeon Master" });
  const player = await createTestUser({ name: "Player" });
  const otherDm = await createTestUser({ name: "Other DM" });
  const outsider = await createTestUser({ name: "Outsider" });
  const campaign = await createCampaign(dm, [player]);
  const otherCampaign = await createCampaign(otherDm, [outsider]);

  // What the DM makes in the campaign starts hidden (the insert trigger), each kind once hidden, once revealed.
  const hiddenUpload = await createAsset(dm.id, { campaignId: campaign.id, name: "Ambush notes" });
  const hiddenUploadImage = await storeImage(dm.id, { campaignId: campaign.id, assetId: hiddenUpload.id });
  const revealedUpload = await createAsset(dm.id, { campaignId: campaign.id, name: "Handout" });
  const revealedUploadImage = await storeImage(dm.id, { campaignId: campaign.id, assetId: revealedUpload.id });
  await reveal(revealedUpload.id);
  const hiddenMap = await mapItem(dm.id, campaign.id, "Hidden crypt");
  const revealedMap = await mapItem(dm.id, campaign.id, "Revealed crypt");
  await reveal(revealedMap.asset.id);
  const hiddenToken = await tokenItem(dm.id, campaign.id, "Lich", "HOSTILE");
  const revealedToken = await tokenItem(dm.id, campaign.id, "Ogre", "HOSTILE");
  await reveal(revealedToken.asset.id);
  const hiddenNpc = await npcItem(dm.id, campaign.id, "Lich's steward");
  const revealedNpc = await npcItem(dm.id, campaign.id, "Sister Garaele");
  await reveal(revealedNpc.assetId);
  // A generation of the hidden upload's asset.
  const hiddenGeneration = await prisma.generation.create({
    data: {
      ownerId: dm.id,
      assetId: hiddenUpload.id,
      status: "COMPLETED",
      providerKind: "BUILTIN",
      prompt: "the ambush",
    },
  });
  const revealedGeneration = await prisma.generation.create({
    data: {
      ownerId: dm.id,
      assetId: revealedUpload.id,
      status: "COMPLETED",
      providerKind: "BUILTIN",
      prompt: "the handout",
    },
  });

  // What the player makes stays visible to the party.
  const playerUpload = await createAsset(player.id, { campaignId: campaign.id, name: "My sketch" });
  const playerUploadImage = await storeImage(player.id, { campaignId: campaign.id, assetId: playerUpload.id });
  const playerToken = await tokenItem(player.id, campaign.id, "Vex token", "PC");
  const personal = await createAsset(player.id, { name: "Private doodle" });
  const personalImage = await storeImage(player.id, { assetId: personal.id });
  const portraitAsset = await createAsset(player.id, { kind: "PORTRAIT", name: "Vex portrait" });
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
  await prisma.characterInfo.create({
    data: { campaignId: campaign.id, characterId: character.id, notes: "DM-only note: Vex is the lich's heir" },
  });

  // A portrait the DM generated for a player's character ("generate missing portraits"): the DM's,
  // in the campaign, not revealed, yet shared with the party as the character's portrait.
  const dmMadePortraitAsset = await createAsset(dm.id, {
    campaignId: campaign.id,
    kind: "PORTRAIT",
    name: "Ismark portrait",
  });
  const dmMadePortrait = await storeImage(dm.id, { campaignId: campaign.id, assetId: dmMadePortraitAsset.id });
  const secondCharacter = await prisma.characterProfile.create({
    data: {
      ownerId: player.id,
      name: "Ismark",
      race: "Human",
      characterClass: "Fighter",
      portraitAssetId: dmMadePortraitAsset.id,
    },
  });
  await prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: secondCharacter.id } });

  // Another campaign, revealed there: still nothing to do with this one.
  const elsewhere = await createAsset(otherDm.id, { campaignId: otherCampaign.id, name: "Elsewhere" });
  const elsewhereImage = await storeImage(otherDm.id, { campaignId: otherCampaign.id, assetId: elsewhere.id });
  await reveal(elsewhere.id);

  return {
    users: { dm, player, otherDm, outsider },
    campaign,
    otherCampaign,
    hiddenUpload,
    hiddenUploadImage,
    revealedUpload,
    revealedUploadImage,
    hiddenMap,
    revealedMap,
    hiddenToken,
    revealedToken,
    hiddenGeneration,
    revealedGeneration,
    hiddenNpc,
    revealedNpc,
    playerUpload,
    playerUploadImage,
    playerToken,
    personal,
    personalImage,
    portraitAsset,
    portrait,
    character,
    dmMadePortrait,
    elsewhere,
    elsewhereImage,
  };
}
export type AccessFixture = Awaited<ReturnType<typeof accessFixture>>;
