import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { readableAssets } from "@/lib/access/content";
import type { AssetStatsResponse } from "@/lib/schemas/assets-response";

/** GET /assets/{id}/stats: counts, favorite, bytes on disk and the history oldest first. */
export async function getAssetStats(userId: string, assetId: string): Promise<AssetStatsResponse> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: {
      favoriteGenerationId: true,
      generations: {
        select: {
          id: true,
          status: true,
          model: true,
          createdAt: true,
          completedAt: true,
          image: { select: { bytes: true } },
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      images: { select: { bytes: true } },
    },
  });
  if (!asset) throw notFound("Asset");
  const generations = asset.generations;
  return {
    total_generations: generations.length,
    successful_generations: generations.filter((generation) => generation.status === "COMPLETED").length,
    failed_generations: generations.filter((generation) => generation.status === "FAILED").length,
    favorite_generation_id: asset.favoriteGenerationId,
    total_file_size: asset.images.reduce((sum, image) => sum + image.bytes, 0),
    generation_history: generations.map((generation) => ({
      id: generation.id,
      status: generation.status.toLowerCase(),
      model: generation.model,
      created_at: generation.createdAt.toISOString(),
      completed_at: generation.completedAt?.toISOString() ?? null,
      file_size: generation.image?.bytes ?? 0,
      is_favorite: generation.id === asset.favoriteGenerationId,
    })),
  };
}
