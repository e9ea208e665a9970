import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { readableAssets, readableAssetsSql } from "@/lib/access/content";
import { visibleCampaigns } from "@/lib/access/campaigns";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";

/** `personal` is the user's own library; any other project id is a campaign the user belongs to. */
export const PERSONAL_PROJECT = "personal";

export type Project = { id: string; campaignId: string | null };

/** Resolves a project id, 404 when it is not `personal` and not a campaign the user belongs to. */
export async function resolveProject(userId: string, projectId: string): Promise<Project> {
  if (projectId === PERSONAL_PROJECT) return { id: PERSONAL_PROJECT, campaignId: null };
  if (!isId(projectId)) throw notFound("Project");
  const campaign = await prisma.campaign.findFirst({
    where: { id: projectId, ...visibleCampaigns(userId) },
    select: { id: true },
  });
  if (!campaign) throw notFound("Project");
  return { id: campaign.id, campaignId: campaign.id };
}

/** The assets of a project: the user's own library, or the campaign's assets the user may read. */
export function projectAssets(userId: string, project: Project): Prisma.AssetWhereInput {
  return project.campaignId
    ? { AND: [{ campaignId: project.campaignId }, readableAssets(userId)] }
    : { ownerId: userId };
}

/** The SQL twin of projectAssets for raw queries (alias `a` for "Asset"). */
export function projectAssetsSql(userId: string, project: Project): Prisma.Sql {
  return project.campaignId
    ? Prisma.sql`a."campaignId" = ${project.campaignId}::uuid AND ${readableAssetsSql(userId, "a")}`
    : Prisma.sql`a."ownerId" = ${userId}::uuid`;
}
