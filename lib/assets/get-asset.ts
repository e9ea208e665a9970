import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { readableAssets } from "@/lib/access/content";
import { assetViewSelect, generationViewSelect, toAssetView, toGenerationView } from "./view";
import type { AssetDetailResponse, AssetView } from "@/lib/schemas/assets-response";

/** GET /assets/{id}: the asset, with its generations newest first unless asked not to. */
export async function getAsset(
  userId: string,
  assetId: string,
  includeGenerations = true,
): Promise<AssetDetailResponse | AssetView> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: assetViewSelect,
  });
  if (!asset) throw notFound("Asset");
  if (!includeGenerations) return toAssetView(asset);
  const generations = await prisma.generation.findMany({
    where: { assetId },
    select: generationViewSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return { ...toAssetView(asset), generations: generations.map(toGenerationView) };
}
