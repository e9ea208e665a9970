import { z } from "zod";
import { VISIBILITIES } from "./visibility";

/** Response contracts of the gallery routes (/api/gallery/images and its bulk action). */

/** One tile: enough for the grid and the image dialog's header; the dialog loads the rest. */
export const galleryImage = z.object({
  id: z.uuid(),
  url: z.string(),
  thumbnail_url: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
  format: z.string(),
  source: z.string(),
  is_favorite: z.boolean(),
  tags: z.array(z.string()),
  created_at: z.iso.datetime(),
  model: z.string().nullable(),
  prompt: z.string().nullable(),
  generation_id: z.uuid().nullable(),
  campaign_id: z.uuid().nullable(),
  /** Through its asset: `party` once revealed (or made by a player), else `dm_only`. */
  visibility: z.enum(VISIBILITIES),
  asset: z.object({ id: z.uuid(), name: z.string(), kind: z.string(), tags: z.array(z.string()) }).nullable(),
});
export type GalleryImage = z.infer<typeof galleryImage>;

/** GET /api/gallery/images: one cursor page. */
export const galleryPageResponse = z.object({ images: z.array(galleryImage), next_cursor: z.string().nullable() });
export type GalleryPageResponse = z.infer<typeof galleryPageResponse>;

/** POST /api/gallery/images (201): the uploaded image and the asset made for it. */
export const galleryUploadResponse = z.object({
  id: z.uuid(),
  asset_id: z.uuid(),
  width: z.number().int(),
  height: z.number().int(),
  bytes: z.number().int(),
});
export type GalleryUploadResponse = z.infer<typeof galleryUploadResponse>;

/** POST /api/gallery/images/bulk: the ids changed and those refused with a reason. */
export const galleryBulkResponse = z.object({
  updated: z.array(z.uuid()),
  failed: z.array(z.object({ image_id: z.string(), error: z.string() })),
});
export type GalleryBulkResponse = z.infer<typeof galleryBulkResponse>;
