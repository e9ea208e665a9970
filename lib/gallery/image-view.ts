import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import type { GalleryImage } from "@/lib/schemas/gallery-response";
import { visibilityName } from "@/lib/schemas/visibility";

export type { GalleryImage };

export const galleryImageSelect = {
  id: true,
  width: true,
  height: true,
  bytes: true,
  format: true,
  source: true,
  isFavorite: true,
  tags: true,
  createdAt: true,
  generationModel: true,
  generationPrompt: true,
  generationId: true,
  campaignId: true,
  asset: { select: { id: true, name: true, kind: true, tags: true, visibility: true } },
} satisfies Prisma.ImageSelect;

export type GalleryImageRow = Prisma.ImageGetPayload<{ select: typeof galleryImageSelect }>;

/** One gallery tile: enough for the grid and the dialog's header; the dialog loads the rest. */
export function toGalleryImage(row: GalleryImageRow): GalleryImage {
  return {
    id: row.id,
    url: imageFileUrl(row.id),
    thumbnail_url: imageFileUrl(row.id, { width: 384, height: 384, format: "webp" }),
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    format: row.format === "jpeg" ? "jpg" : row.format,
    source: row.source.toLowerCase(),
    is_favorite: row.isFavorite,
    tags: row.tags,
    created_at: row.createdAt.toISOString(),
    model: row.generationModel,
    prompt: row.generationPrompt,
    generation_id: row.generationId,
    campaign_id: row.campaignId,
    visibility: visibilityName(row.asset?.visibility),
    asset: row.asset
      ? { id: row.asset.id, name: row.asset.name, kind: row.asset.kind.toLowerCase(), tags: row.asset.tags }
      : null,
  };
}
