import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Who is who in a campaign. The DM is the campaign's owner (who also has a DM member row);
 * a player is any other member; everyone else is an outsider and gets the same 404 as for a
 * campaign that does not exist.
 */

/** Campaigns a user may see: as their DM, or as a member. */
export const visibleCampaigns = (userId: string): Prisma.CampaignWhereInput => ({
  OR: [{ ownerId: userId }, { members: { some: { userId } } }],
});

/** Campaigns a user runs as DM: only they change the campaign and what its DM made. */
export const dmCampaigns = (userId: string): Prisma.CampaignWhereInput => ({ ownerId: userId });

/** SQL twin of visibleCampaigns: a subquery of campaign ids. */
export const visibleCampaignIdsSql = (userId: string): Prisma.Sql =>
  Prisma.sql`SELECT c.id FROM "Campaign" c WHERE c."ownerId" = ${userId}::uuid
             UNION SELECT m."campaignId" FROM "CampaignMember" m WHERE m."userId" = ${userId}::uuid`;

/** SQL twin of dmCampaigns: a subquery of campaign ids. */
export const dmCampaignIdsSql = (userId: string): Prisma.Sql => Prisma.sql`SELECT c.id FROM "Campaign" c WHERE c."ownerId" = ${userId}::uuid`;

/** Campaigns the user is a member of (the DM's own member row included): a subquery of ids. */
export const memberCampaignIdsSql = (userId: string): Prisma.Sql =>
  Prisma.sql`SELECT m."campaignId" FROM "CampaignMember" m WHERE m."userId" = ${userId}::uuid`;
