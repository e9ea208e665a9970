import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";
import type { AssetUpdate, BulkTags } from "@/lib/schemas/gallery";
import { writableAssets } from "@/lib/access/content";
import { assetRefusals } from "@/lib/access/refusals";
import { assetViewSelect, toAssetView } from "./view";
import type { AssetView, BulkTagsResponse } from "@/lib/schemas/assets-response";

/** PUT /assets/{id}: only the fields sent change; `tags` replaces the list. */
export async function updateAsset(userId: string, assetId: string, input: AssetUpdate): Promise<AssetView> {
  const found = await prisma.asset.findFirst({
    where: { id: assetId, ...writableAssets(userId) },
    select: { id: true },
  });
  if (!found) throw notFound("Asset");
  const asset = await prisma.asset.update({
    where: { id: assetId },
    data: {
      name: input.name,
      description: input.description,
      tags: input.tags,
      metadata: input.metadata as Prisma.InputJsonObject | undefined,
    },
    select: assetViewSelect,
  });
  return toAssetView(asset);
}

/**
 * PUT /assets/bulk/tags. Ids the user may not change are reported in `failed` with who may change
 * them, or as "not found" when the user cannot see them (the same answer as for ids that do not
 * exist); the rest are updated in one transaction.
 */
export async function bulkUpdateTags(userId: string, input: BulkTags): Promise<BulkTagsResponse> {
  const ids = [...new Set(input.asset_ids)].filter(isId);
  const assets = await prisma.asset.findMany({
    where: { id: { in: ids }, ...writableAssets(userId) },
    select: { id: true, tags: true },
  });
  const found = new Set(assets.map((asset) => asset.id));
  await prisma.$transaction(
    assets.map((asset) =>
      prisma.asset.update({ where: { id: asset.id }, data: { tags: applyTags(asset.tags, input) } }),
    ),
  );
  const refused = [...new Set(input.asset_ids)].filter((id) => !found.has(id));
  const reason = await assetRefusals(userId, refused.filter(isId));
  const failed = refused.map((id) => ({ asset_id: id, error: reason.get(id) ?? "Asset not found" }));
  return { updated: assets.length, asset_ids: assets.map((asset) => asset.id), failed };
}

export function applyTags(current: string[], input: Pick<BulkTags, "operation" | "tags">): string[] {
  if (input.operation === "replace") return input.tags;
  if (input.operation === "add") return [...new Set([...current, ...input.tags])];
  return current.filter((tag) => !input.tags.includes(tag));
}
