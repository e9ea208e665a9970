import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { THUMBNAIL_SIZES } from "@/lib/schemas/gallery";
import { readableAssets } from "@/lib/access/content";

/** GET /assets/{id}/thumbnail: the favorite generation's image, else the first image, as WebP. */
export async function getAssetThumbnail(userId: string, assetId: string, size: keyof typeof THUMBNAIL_SIZES) {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: {
      favoriteGeneration: { select: { image: { select: { id: true } } } },
      images: { select: { id: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 1 },
    },
  });
  const imageId = asset?.favoriteGeneration?.image?.id ?? asset?.images[0]?.id;
  if (!imageId) throw notFound(asset ? "Thumbnail" : "Asset");
  const edge = THUMBNAIL_SIZES[size];
  return getViewableImage(userId, imageId, { width: edge, height: edge, format: "webp" });
}
