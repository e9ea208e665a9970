import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Maps a user may see: their own, and those of campaigns they run or play in. */
export const visibleMapsWhere = (userId: string): Prisma.MapWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } }],
});

/** Only the campaign's DM generates maps for it; anyone else gets the same 404 as a missing id. */
export async function requireCampaignDm(userId: string, campaignId: string): Promise<void> {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, ownerId: userId }, select: { id: true } });
  if (!campaign) throw notFound("Campaign");
}

export async function findVisibleMap(userId: string, mapId: string) {
  const map = await prisma.map.findFirst({ where: { id: mapId, ...visibleMapsWhere(userId) } });
  if (!map) throw notFound("Map");
  return map;
}
