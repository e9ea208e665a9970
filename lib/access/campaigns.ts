import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who is who in a campaign. The DM is the campaign's owner (who also has a DM member row);
 * a player is any other member; everyone else is an outsider and gets the same 404 as for a
 * campaign that does not exist.
 */

/** Campaigns the user is a member of (the DM's own member row included). */
export const memberCampaigns = (userId: string): Prisma.CampaignWhereInput => ({ members: { some: { userId } } });

/** Campaigns a user runs as DM: only they change the campaign and what its DM made. */
export const dmCampaigns = (userId: string): Prisma.CampaignWhereInput => ({ ownerId: userId });

/** Campaigns a user may see: as their DM (even without a member row), or as a member. */
export const visibleCampaigns = (userId: string): Prisma.CampaignWhereInput => ({
  OR: [dmCampaigns(userId), memberCampaigns(userId)],
});

/** SQL twin of memberCampaigns: a subquery of campaign ids. */
export const memberCampaignIdsSql = (userId: string): Prisma.Sql =>
  Prisma.sql`SELECT m."campaignId" FROM "CampaignMember" m WHERE m."userId" = ${userId}::uuid`;

/** SQL twin of dmCampaigns: a subquery of campaign ids. */
export const dmCampaignIdsSql = (userId: string): Prisma.Sql =>
  Prisma.sql`SELECT c.id FROM "Campaign" c WHERE c."ownerId" = ${userId}::uuid`;

/** SQL twin of visibleCampaigns: a subquery of campaign ids. */
export const visibleCampaignIdsSql = (userId: string): Prisma.Sql =>
  Prisma.sql`${dmCampaignIdsSql(userId)} UNION ${memberCampaignIdsSql(userId)}`;
