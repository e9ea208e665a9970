import "server-only";
import { prisma } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/http/errors";
import { isId } from "@/lib/http/id";
import { removeImageFiles, type StoredImageRef } from "@/lib/storage/remove-image-files";
import { writableAssets } from "@/lib/access/content";
import { assetRefusals } from "@/lib/access/refusals";
import { projectAssets, resolveProject } from "./access";
import type { BulkDeleteResponse } from "@/lib/schemas/assets-response";

const HAS_GENERATIONS = "Asset has generations; pass force=true to delete it with them";
const ACTIVE = ["PENDING", "GENERATING"] as const;

/**
 * DELETE /assets/{id}. Without `force` an asset that has generations is kept (409); with it the
 * asset, its generations and its images go, and then their files.
 */
export async function deleteAsset(userId: string, assetId: string, force: boolean): Promise<void> {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...writableAssets(userId) },
    select: { id: true, _count: { select: { generations: true } } },
  });
  if (!asset) throw notFound("Asset");
  if (asset._count.generations > 0 && !force) throw conflict(HAS_GENERATIONS);
  await removeAssets([asset.id]);
}

/**
 * DELETE /projects/{id}/assets/bulk: per-item outcome. Without `force`, assets with generations
 * fail with a reason ("Asset has active generations" while one is still running).
 */
export async function bulkDeleteAssets(
  userId: string,
  projectId: string,
  assetIds: string[],
  force: boolean,
): Promise<BulkDeleteResponse> {
  const project = await resolveProject(userId, projectId);
  const ids = [...new Set(assetIds)];
  const assets = await prisma.asset.findMany({
    where: { id: { in: ids.filter(isId) }, AND: [projectAssets(userId, project), writableAssets(userId)] },
    select: { id: true, generations: { select: { status: true } } },
  });
  const byId = new Map(assets.map((asset) => [asset.id, asset]));
  const refused = await assetRefusals(
    userId,
    ids.filter((id) => isId(id) && !byId.has(id)),
  );
  const deleted: string[] = [];
  const failed: { asset_id: string; error: string }[] = [];
  for (const id of ids) {
    const asset = byId.get(id);
    if (!asset) failed.push({ asset_id: id, error: refused.get(id) ?? "Asset not found" });
    else if (
      !force &&
      asset.generations.some((generation) => (ACTIVE as readonly string[]).includes(generation.status))
    ) {
      failed.push({ asset_id: id, error: "Asset has active generations" });
    } else if (!force && asset.generations.length > 0) failed.push({ asset_id: id, error: "Asset has generations" });
    else deleted.push(id);
  }
  await removeAssets(deleted);
  return { deleted, failed };
}

/** Deletes assets with their images (Image.assetId is SET NULL, so they go explicitly), then files. */
export async function removeAssets(assetIds: string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const images: StoredImageRef[] = await prisma.$transaction(async (tx) => {
    const rows = await tx.image.findMany({ where: { assetId: { in: assetIds } }, select: { id: true, path: true } });
    await tx.image.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    await tx.asset.deleteMany({ where: { id: { in: assetIds } } });
    return rows;
  });
  await removeImageFiles(images);
}
