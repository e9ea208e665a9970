import "server-only";
import { prisma } from "@/lib/db/client";
import { projectAssetsSql, resolveProject } from "./access";
import type { ProjectTagsResponse } from "@/lib/schemas/assets-response";

/** GET /projects/{id}/tags: every tag of the project's assets with how many assets carry it. */
export async function listProjectTags(userId: string, projectId: string): Promise<ProjectTagsResponse> {
  const project = await resolveProject(userId, projectId);
  const rows = await prisma.$queryRaw<{ name: string; count: bigint }[]>`
    SELECT t AS name, COUNT(*) AS count FROM "Asset" a, unnest(a.tags) t
    WHERE ${projectAssetsSql(userId, project)}
    GROUP BY t ORDER BY count DESC, t`;
  return { tags: rows.map((row) => ({ name: row.name, count: Number(row.count) })) };
}
