import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who may see a character: its owner, or anyone in a campaign the character has joined (the DM
 * who owns the campaign or a fellow member). Used inside `where` so a stranger gets 404.
 */
export const visibleCharacterWhere = (userId: string): Prisma.CharacterProfileWhereInput => ({
  OR: [
    { ownerId: userId },
    { campaigns: { some: { campaign: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } } } },
  ],
});

/** Campaigns the user can see: owned (as DM) or joined. */
export const visibleCampaignWhere = (userId: string): Prisma.CampaignWhereInput => ({
  OR: [{ ownerId: userId }, { members: { some: { userId } } }],
});
