import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { THUMBNAIL_SIZES } from "@/lib/schemas/gallery";
import { readableAssets, readableImages } from "@/lib/access/content";

/** GET /assets/{id}/thumbnail: the favorite generation's image, else the first image, as WebP. */
export async function getAssetThumbnail(userId: string, assetId: string, size: keyof typeof THUMBNAIL_SIZES) {
  const asset = await prisma.asset.findFirst({
    where: { id: assetId, ...readableAssets(userId) },
    select: {
      // Only pictures this user may see: a player's thumbnail of a revealed map is its player picture.
      favoriteGeneration: { select: { image: { select: { id: true } } } },
      images: {
        where: readableImages(userId),
        select: { id: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: 1,
      },
    },
  });
  const favoriteId = asset?.favoriteGeneration?.image?.id;
  const favorite = favoriteId
    ? await prisma.image.findFirst({ where: { id: favoriteId, ...readableImages(userId) }, select: { id: true } })
    : null;
  const imageId = favorite?.id ?? asset?.images[0]?.id;
  if (!imageId) throw notFound(asset ? "Thumbnail" : "Asset");
  const edge = THUMBNAIL_SIZES[size];
  return getViewableImage(userId, imageId, { width: edge, height: edge, format: "webp" });
}
