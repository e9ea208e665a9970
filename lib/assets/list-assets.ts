import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssetListQuery } from "@/lib/schemas/gallery";
import { projectAssets, resolveProject } from "./access";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetListResponse } from "@/lib/schemas/assets-response";

/** GET /projects/{id}/assets: filters, sort and offset pagination with `total` and `has_more`. */
export async function listAssets(userId: string, projectId: string, query: AssetListQuery): Promise<AssetListResponse> {
  const project = await resolveProject(userId, projectId);
  const where: Prisma.AssetWhereInput = { AND: [projectAssets(userId, project), ...filters(query)] };
  const [total, rows] = await Promise.all([
    prisma.asset.count({ where }),
    prisma.asset.findMany({
      where,
      select: assetViewSelect,
      orderBy: [orderBy(query), { id: query.sort_order }],
      skip: query.offset,
      take: query.limit,
    }),
  ]);
  return {
    assets: rows.map(toAssetView),
    total,
    limit: query.limit,
    offset: query.offset,
    has_more: query.offset + rows.length < total,
  };
}

function filters(query: AssetListQuery): Prisma.AssetWhereInput[] {
  const list: Prisma.AssetWhereInput[] = [];
  if (query.search) {
    list.push({
      OR: [
        { name: { contains: query.search, mode: "insensitive" } },
        { description: { contains: query.search, mode: "insensitive" } },
      ],
    });
  }
  if (query.tags?.length) list.push({ tags: { hasEvery: query.tags } });
  if (query.has_generations !== undefined)
    list.push({ generations: query.has_generations ? { some: {} } : { none: {} } });
  if (query.created_after) list.push({ createdAt: { gte: new Date(query.created_after) } });
  if (query.created_before) list.push({ createdAt: { lte: new Date(query.created_before) } });
  return list;
}

function orderBy(query: AssetListQuery): Prisma.AssetOrderByWithRelationInput {
  const direction = query.sort_order;
  switch (query.sort_by) {
    case "updated_at":
      return { updatedAt: direction };
    case "name":
      return { name: direction };
    case "generation_count":
      return { generations: { _count: direction } };
    default:
      return { createdAt: direction };
  }
}
