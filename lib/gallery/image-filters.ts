import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Images a user may see: their own, or those of a campaign they run or play in. */
export const visibleImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } }],
});

/**
 * The same rule with the user's campaign ids looked up first (one small query): a plain
 * `ownerId = $1` (or an IN list) lets PostgreSQL walk the (ownerId, createdAt) index for the
 * newest-first page instead of evaluating a membership subquery per row.
 */
export async function visibleImagesFast(userId: string): Promise<Prisma.ImageWhereInput> {
  const campaigns = await prisma.campaign.findMany({
    where: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] },
    select: { id: true },
  });
  if (campaigns.length === 0) return { ownerId: userId };
  return { OR: [{ ownerId: userId }, { campaignId: { in: campaigns.map((campaign) => campaign.id) } }] };
}

/** Images a user may change: their own, or any in a campaign they run. */
export const writableImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { ownerId: userId } }],
});
