import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";

/** `personal` is the user's own library; any other project id is a campaign the user belongs to. */
export const PERSONAL_PROJECT = "personal";

export type Project = { id: string; campaignId: string | null };

/** Campaigns a user may see: as their owner (the DM) or as a member. */
export const visibleCampaign = (userId: string): Prisma.CampaignWhereInput => ({
  OR: [{ ownerId: userId }, { members: { some: { userId } } }],
});

/** Assets a user may read: their own, or those of a campaign they belong to. */
export const readableAssets = (userId: string): Prisma.AssetWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: visibleCampaign(userId) }],
});

/**
 * Assets a user may change: their own, or any in a campaign they run as DM. A player who can see
 * a campaign asset cannot change it; they get the same 404 as for an asset that does not exist.
 */
export const writableAssets = (userId: string): Prisma.AssetWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { ownerId: userId } }],
});

/** Resolves a project id, 404 when it is not `personal` and not a campaign the user belongs to. */
export async function resolveProject(userId: string, projectId: string): Promise<Project> {
  if (projectId === PERSONAL_PROJECT) return { id: PERSONAL_PROJECT, campaignId: null };
  if (!/^[0-9a-f-]{36}$/i.test(projectId)) throw notFound("Project");
  const campaign = await prisma.campaign.findFirst({ where: { id: projectId, ...visibleCampaign(userId) }, select: { id: true } });
  if (!campaign) throw notFound("Project");
  return { id: campaign.id, campaignId: campaign.id };
}

/** The assets of a project: the user's own library, or every asset of the campaign. */
export function projectAssets(userId: string, project: Project): Prisma.AssetWhereInput {
  return project.campaignId ? { campaignId: project.campaignId } : { ownerId: userId };
}

/** The SQL twin of projectAssets for raw queries (alias `a` for "Asset"). */
export function projectAssetsSql(userId: string, project: Project): Prisma.Sql {
  return project.campaignId
    ? Prisma.sql`a."campaignId" = ${project.campaignId}::uuid`
    : Prisma.sql`a."ownerId" = ${userId}::uuid`;
}
