import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";

/** Campaigns the user runs or plays in, as a relation filter (used inside every where clause). */
export const memberCampaignWhere = (userId: string): Prisma.CampaignWhereInput => ({ OR: [{ ownerId: userId }, { members: { some: { userId } } }] });

/** Tokens a user may see: their own, and those of campaigns they run or play in. */
export const visibleTokensWhere = (userId: string): Prisma.TokenWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: memberCampaignWhere(userId) }],
});

/** Making tokens for a campaign takes membership (DM or player); anyone else gets a 404. */
export async function requireCampaignMember(userId: string, campaignId: string): Promise<void> {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, ...memberCampaignWhere(userId) }, select: { id: true } });
  if (!campaign) throw notFound("Campaign");
}

/** A character whose portrait the user may stamp: their own, or one in a campaign they belong to. */
export const visibleCharacterWhere = (userId: string): Prisma.CharacterProfileWhereInput => ({
  OR: [{ ownerId: userId }, { campaigns: { some: { campaign: memberCampaignWhere(userId) } } }],
});

/** The current portrait: the chosen (favourite) generation, else the newest finished one. */
export const portraitSelect = {
  id: true,
  name: true,
  portraitAsset: {
    select: {
      favoriteGeneration: { select: { image: { select: { id: true, path: true } } } },
      generations: { where: { status: "COMPLETED" }, orderBy: { createdAt: "desc" }, take: 1, select: { image: { select: { id: true, path: true } } } },
    },
  },
} satisfies Prisma.CharacterProfileSelect;

export type CharacterWithPortrait = Prisma.CharacterProfileGetPayload<{ select: typeof portraitSelect }>;

export function currentPortrait(character: CharacterWithPortrait): { id: string; path: string } | null {
  const asset = character.portraitAsset;
  return asset?.favoriteGeneration?.image ?? asset?.generations[0]?.image ?? null;
}
