import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  dmCampaignIdsSql,
  dmCampaigns,
  memberCampaignIdsSql,
  memberCampaigns,
  visibleCampaignIdsSql,
  visibleCampaigns,
} from "./campaigns";

/**
 * Who may see and change what is made in the app: assets (and their generations), images, maps
 * and tokens. One rule for all of them:
 * - the owner sees and changes their own things;
 * - a campaign's DM sees and changes everything in the campaign;
 * - a player sees what is in the campaign and revealed to the party (Asset.visibility PARTY:
 *   what players make starts so, what the DM makes starts DM_ONLY), never a picture marked as
 *   the DM's version (Image.dmOnly), and changes only their own things;
 * - a character's portrait is seen by every campaign the character joined;
 * - an outsider sees nothing (the same 404 as an id that does not exist).
 * Where raw SQL needs a rule, its twin is here beside it; __tests__/integration/access-rules
 * runs each pair on one fixture and expects the same ids.
 */

const PARTY = "PARTY" as const;

/** Portraits of characters in a campaign the user may see (relation filter on Asset). */
const sharedPortrait = (userId: string): Prisma.AssetWhereInput => ({
  portraitOf: { campaigns: { some: { campaign: visibleCampaigns(userId) } } },
});

/** Assets a user may read (and so the generations of those assets). */
export const readableAssets = (userId: string): Prisma.AssetWhereInput => ({
  OR: [
    { ownerId: userId },
    { campaign: dmCampaigns(userId) },
    { visibility: PARTY, campaign: memberCampaigns(userId) },
    sharedPortrait(userId),
  ],
});

/** Assets a user may change: their own, or any in a campaign they run. A player's refusal is a 404. */
export const writableAssets = (userId: string): Prisma.AssetWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: dmCampaigns(userId) }],
});

/** SQL twin of readableAssets over `"Asset" <alias>`. */
export function readableAssetsSql(userId: string, alias = "a"): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${a}."ownerId" = ${userId}::uuid
    OR ${a}."campaignId" IN (${dmCampaignIdsSql(userId)})
    OR (${a}."visibility" = 'PARTY' AND ${a}."campaignId" IN (${memberCampaignIdsSql(userId)}))
    OR EXISTS (SELECT 1 FROM "CharacterProfile" sp JOIN "CharacterInfo" sci ON sci."characterId" = sp.id
               WHERE sp."portraitAssetId" = ${a}.id AND sci."campaignId" IN (${visibleCampaignIdsSql(userId)})))`;
}

/** Generations a user may read or change: those of assets they may read or change. */
export const readableGenerations = (userId: string): Prisma.GenerationWhereInput => ({ asset: readableAssets(userId) });
export const writableGenerations = (userId: string): Prisma.GenerationWhereInput => ({ asset: writableAssets(userId) });

/**
 * Images a user may see. The campaign is the image's own; what reveals it is its asset's
 * visibility (an image without an asset is not shown to players).
 */
export const readableImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [
    { ownerId: userId },
    { campaign: dmCampaigns(userId) },
    {
      dmOnly: false,
      campaign: memberCampaigns(userId),
      asset: { visibility: PARTY, campaign: memberCampaigns(userId) },
    },
    { dmOnly: false, asset: sharedPortrait(userId) },
  ],
});

/** Images a user may change: their own, or any in a campaign they run. */
export const writableImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: dmCampaigns(userId) }],
});

/** SQL twin of readableImages over `"Image" <alias>`. */
export function readableImagesSql(userId: string, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${i}."ownerId" = ${userId}::uuid OR ${campaignImagesSql(userId, alias)} OR ${sharedPortraitImagesSql(userId, alias)})`;
}

/**
 * The campaign part of readableImagesSql: everything in a campaign the user runs, and what is
 * revealed and not the DM's version in one they play in. The gallery pages it as a branch of its
 * own, where the top-level `campaignId IN (…)` becomes a join on the campaignId index.
 */
export function campaignImagesSql(userId: string, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${i}."campaignId" IN (${visibleCampaignIdsSql(userId)})
    AND (${i}."campaignId" IN (${dmCampaignIdsSql(userId)})
      OR (NOT ${i}."dmOnly" AND EXISTS (SELECT 1 FROM "Asset" va WHERE va.id = ${i}."assetId" AND va."visibility" = 'PARTY'
                                         AND va."campaignId" IN (${memberCampaignIdsSql(userId)})))))`;
}

/** The portrait part of readableImagesSql: portraits of characters in a campaign the user may see. */
export function sharedPortraitImagesSql(userId: string, alias = "i"): Prisma.Sql {
  const i = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(NOT ${i}."dmOnly" AND ${i}."assetId" IN (SELECT sp."portraitAssetId" FROM "CharacterProfile" sp JOIN "CharacterInfo" sci ON sci."characterId" = sp.id
    WHERE sci."campaignId" IN (${visibleCampaignIdsSql(userId)})))`;
}

/** Maps a user may see: revealed through the map's asset, like everything else in a campaign. */
export const readableMaps = (userId: string): Prisma.MapWhereInput => ({
  OR: [
    { ownerId: userId },
    { campaign: dmCampaigns(userId) },
    { campaign: memberCampaigns(userId), asset: { visibility: PARTY } },
  ],
});

/** Maps a user may change or download in full: their own, or those of a campaign they run. */
export const writableMaps = (userId: string): Prisma.MapWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: dmCampaigns(userId) }],
});

/** Tokens a user may see (NPC and monster tokens of the DM stay hidden until revealed). */
export const readableTokens = (userId: string): Prisma.TokenWhereInput => ({
  OR: [
    { ownerId: userId },
    { campaign: dmCampaigns(userId) },
    { campaign: memberCampaigns(userId), asset: { visibility: PARTY } },
  ],
});

/** NPCs a user may see: revealed through the NPC's asset (DM-only until the DM reveals it). */
export const readableNpcs = (userId: string): Prisma.NpcWhereInput => ({ asset: readableAssets(userId) });

/** NPCs a user may change: those of a campaign they run (or their own). */
export const writableNpcs = (userId: string): Prisma.NpcWhereInput => ({ asset: writableAssets(userId) });
