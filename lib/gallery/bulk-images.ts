import "server-only";
import { prisma } from "@/lib/db/client";
import { applyTags } from "@/lib/assets/update-asset";
import { setFavoriteGeneration } from "@/lib/assets/favorite-generation";
import type { GalleryBulk } from "@/lib/schemas/gallery";
import { writableImages } from "@/lib/access/content";
import { imageRefusals } from "@/lib/access/refusals";
import { setVisibility } from "@/lib/campaigns/visibility";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import type { GalleryBulkResponse } from "@/lib/schemas/gallery-response";

/**
 * POST /api/gallery/images/bulk: tag, untag, favorite, unfavorite, delete, reveal or hide many
 * images. Refused ids come back in `failed` with the reason: one the user may see but not change
 * says who can ("Only the DM can change this"); one they may not see is "not found", like an id
 * that does not exist.
 */
export async function bulkUpdateImages(userId: string, input: GalleryBulk): Promise<GalleryBulkResponse> {
  const ids = [...new Set(input.image_ids)];
  if (input.action === "reveal" || input.action === "hide") {
    const result = await setVisibility(
      userId,
      ids.map((id) => ({ type: "image" as const, id })),
      input.action === "reveal" ? "PARTY" : "DM_ONLY",
    );
    return {
      updated: result.updated.map((item) => item.id),
      failed: result.failed.map((item) => ({ image_id: item.id, error: item.error })),
    };
  }
  const images = await prisma.image.findMany({
    where: { id: { in: ids }, ...writableImages(userId) },
    select: { id: true, path: true, tags: true, assetId: true, generationId: true, asset: { select: { tags: true } } },
  });
  const found = new Set(images.map((image) => image.id));
  const failed = await refusals(
    userId,
    ids.filter((id) => !found.has(id)),
  );

  if (input.action === "tag" || input.action === "untag") {
    const change = {
      operation: input.action === "tag" ? ("add" as const) : ("remove" as const),
      tags: input.tags ?? [],
    };
    // Tags live on the image (the gallery filters by them) and on its asset (project tag counts).
    await prisma.$transaction([
      ...images.map((image) =>
        prisma.image.update({ where: { id: image.id }, data: { tags: applyTags(image.tags, change) } }),
      ),
      ...uniqueAssets(images).map(({ id, tags }) =>
        prisma.asset.update({ where: { id }, data: { tags: applyTags(tags, change) } }),
      ),
    ]);
  } else if (input.action === "favorite" || input.action === "unfavorite") {
    const favorite = input.action === "favorite";
    for (const image of images) {
      // A generated image's favorite is its asset's favorite generation (one per asset).
      if (image.generationId && image.assetId) await setFavoriteGeneration(image.assetId, image.generationId, favorite);
      else await prisma.image.update({ where: { id: image.id }, data: { isFavorite: favorite } });
    }
  } else {
    await deleteImages(images);
  }
  return { updated: images.map((image) => image.id), failed };
}

type Deletable = { id: string; path: string; assetId: string | null; generationId: string | null };

/** Deletes images with their generations; an asset left with nothing is deleted too. Then files. */
async function deleteImages(images: Deletable[]): Promise<void> {
  if (images.length === 0) return;
  await prisma.$transaction(async (tx) => {
    await tx.image.deleteMany({ where: { id: { in: images.map((image) => image.id) } } });
    const generationIds = images.flatMap((image) => (image.generationId ? [image.generationId] : []));
    if (generationIds.length) await tx.generation.deleteMany({ where: { id: { in: generationIds } } });
    const assetIds = [...new Set(images.flatMap((image) => (image.assetId ? [image.assetId] : [])))];
    await tx.asset.deleteMany({
      where: {
        id: { in: assetIds },
        images: { none: {} },
        generations: { none: {} },
        maps: { none: {} },
        tokens: { none: {} },
      },
    });
  });
  await removeImageFiles(images);
}

/** Why each id the user may not change was refused: who may change it, or "not found". */
async function refusals(userId: string, ids: string[]) {
  const reason = await imageRefusals(userId, ids);
  return ids.map((id) => ({ image_id: id, error: reason.get(id) ?? "Image not found" }));
}

function uniqueAssets(images: { assetId: string | null; asset: { tags: string[] } | null }[]) {
  const byId = new Map<string, string[]>();
  for (const image of images) if (image.assetId && image.asset) byId.set(image.assetId, image.asset.tags);
  return [...byId].map(([id, tags]) => ({ id, tags }));
}
