import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import type { GenerationListQuery } from "@/lib/schemas/gallery";
import { readableAssets } from "@/lib/access/content";
import { toStatus } from "./generation-status";
import { generationViewSelect, toGenerationView } from "./view";
import type { GenerationListResponse } from "@/lib/schemas/assets-response";

/** GET /assets/{id}/generations: newest first, with status and favorite filters. */
export async function listGenerations(
  userId: string,
  assetId: string,
  query: GenerationListQuery,
): Promise<GenerationListResponse> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: { favoriteGenerationId: true },
  });
  if (!asset) throw notFound("Asset");
  const where: Prisma.GenerationWhereInput = { assetId };
  if (query.status) where.status = toStatus(query.status);
  if (query.is_favorite !== undefined) {
    const favoriteId = asset.favoriteGenerationId ?? "00000000-0000-0000-0000-000000000000";
    where.id = query.is_favorite ? favoriteId : { not: favoriteId };
  }
  const [total, rows] = await Promise.all([
    prisma.generation.count({ where }),
    prisma.generation.findMany({
      where,
      select: generationViewSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: query.offset,
      take: query.limit,
    }),
  ]);
  return { generations: rows.map(toGenerationView), total, limit: query.limit, offset: query.offset };
}
