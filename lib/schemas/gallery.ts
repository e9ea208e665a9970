import { z } from "zod";
import { id, idOr } from "@/lib/http/id";

/** Query-string booleans: `true`/`false` (and 1/0), as the asset API's clients send them. */
const queryBoolean = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");
const commaList = z.string().transform((value) =>
  value
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean),
);
const tag = z.string().trim().min(1).max(64);
const tags = z
  .array(tag)
  .max(50)
  .transform((list) => [...new Set(list)]);
/** Comma-separated tags from a form field, held to the same rules as a JSON tag list. */
export const commaSeparatedTags = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(tags);
const metadata = z.record(z.string(), z.unknown());

export const ASSET_KINDS = ["portrait", "map", "token", "image"] as const;
export const GENERATION_STATUSES = ["pending", "generating", "completed", "failed", "cancelled"] as const;

export const assetListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  search: z.string().trim().max(200).optional(),
  tags: commaList.optional(),
  has_generations: queryBoolean.optional(),
  created_after: z.iso.datetime({ offset: true }).optional(),
  created_before: z.iso.datetime({ offset: true }).optional(),
  sort_by: z.enum(["created_at", "updated_at", "name", "generation_count"]).default("created_at"),
  sort_order: z.enum(["asc", "desc"]).default("desc"),
});
export type AssetListQuery = z.infer<typeof assetListQuerySchema>;

export const assetGetQuerySchema = z.object({ include_generations: queryBoolean.default(true) });

export const assetCreateSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(""),
  kind: z.enum(ASSET_KINDS).default("image"),
  tags: tags.default([]),
  metadata: metadata.default({}),
});
export type AssetCreate = z.infer<typeof assetCreateSchema>;

export const assetUpdateSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(4000).optional(),
  tags: tags.optional(),
  metadata: metadata.optional(),
});
export type AssetUpdate = z.infer<typeof assetUpdateSchema>;

export const forceQuerySchema = z.object({ force: queryBoolean.default(false) });

export const generationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  status: z.enum(GENERATION_STATUSES).optional(),
  is_favorite: queryBoolean.optional(),
});
export type GenerationListQuery = z.infer<typeof generationListQuerySchema>;

export const generationCreateSchema = z.strictObject({
  parameters: z.record(z.string(), z.unknown()).default({}),
  status: z.enum(GENERATION_STATUSES).default("pending"),
  metadata: metadata.default({}),
});
export type GenerationCreate = z.infer<typeof generationCreateSchema>;

export const generationUpdateSchema = z.strictObject({
  status: z.enum(GENERATION_STATUSES).optional(),
  is_favorite: z.boolean().optional(),
  image_path: z.string().max(500).optional(),
  metadata: metadata.optional(),
});
export type GenerationUpdate = z.infer<typeof generationUpdateSchema>;

export const bulkCreateSchema = z.strictObject({ assets: z.array(z.unknown()).min(1).max(100) });
export const bulkDeleteSchema = z.strictObject({
  asset_ids: z.array(z.string()).min(1).max(500),
  force: z.boolean().default(false),
});
export const bulkTagsSchema = z.strictObject({
  asset_ids: z.array(z.string()).min(1).max(500),
  operation: z.enum(["add", "remove", "replace"]),
  tags,
});
export type BulkTags = z.infer<typeof bulkTagsSchema>;

export const SEARCH_FIELDS = ["name", "description", "tags"] as const;
export const assetSearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  fields: commaList.pipe(z.array(z.enum(SEARCH_FIELDS)).min(1)).default([...SEARCH_FIELDS]),
  fuzzy: queryBoolean.default(false),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AssetSearchQuery = z.infer<typeof assetSearchQuerySchema>;

/**
 * The sizes a derivative may have: those the app's pages ask for (thumbnails 128-512, map and token
 * pickers 160, the home page 240, gallery tiles 384) and a few steps up for API clients. Each one
 * is a file cached on disk, so arbitrary sizes would let any viewer fill the disk.
 */
export const DERIVATIVE_SIZES = [32, 64, 128, 160, 240, 256, 384, 512, 768, 1024, 1536, 2048] as const;
const derivativeSize = (axis: string) =>
  z.coerce
    .number()
    .int()
    .refine((value) => (DERIVATIVE_SIZES as readonly number[]).includes(value), {
      error: `The ${axis} must be one of ${DERIVATIVE_SIZES.join(", ")}`,
    })
    .optional();

export const imageFileQuerySchema = z.object({
  width: derivativeSize("width"),
  height: derivativeSize("height"),
  /** JPEG/WebP quality 1-100; rounded to a few steps by the derivative cache, ignored for PNG. */
  quality: z.coerce.number().int().min(1).max(100).optional(),
  format: z.enum(["png", "jpg", "webp"]).optional(),
});

export const THUMBNAIL_SIZES = { small: 128, medium: 256, large: 512 } as const;
export const thumbnailQuerySchema = z.object({ size: z.enum(["small", "medium", "large"]).default("medium") });

/** The gallery's image list: every filter of issue 6, sort and a cursor. */
export const GALLERY_KINDS = ["portrait", "map", "token", "other"] as const;
export const GALLERY_SORTS = ["newest", "oldest", "name", "relevance"] as const;
export const galleryQuerySchema = z.object({
  kind: z.enum(GALLERY_KINDS).optional(),
  source: z.enum(["generated", "upload", "import"]).optional(),
  tags: commaList.optional(),
  favorites: queryBoolean.optional(),
  campaign: z.uuid().optional(),
  character: z.uuid().optional(),
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  model: z.string().max(200).optional(),
  q: z.string().trim().max(200).optional(),
  sort: z.enum(GALLERY_SORTS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(60),
});
export type GalleryQuery = z.infer<typeof galleryQuerySchema>;

export const galleryBulkSchema = z.strictObject({
  image_ids: z.array(z.uuid()).min(1).max(500),
  /** reveal/hide: the DM shows campaign images to the party or hides them again (lib/access). */
  action: z.enum(["tag", "untag", "favorite", "unfavorite", "delete", "reveal", "hide"]),
  tags: tags.optional(),
});
export type GalleryBulk = z.infer<typeof galleryBulkSchema>;

// Path ids: a malformed one is the same 404 as an unknown one.
export const assetIdParams = z.object({ assetId: id("Asset") });
export const generationIdParams = z.object({ generationId: id("Generation") });
export const imageIdParams = z.object({ imageId: id("Image") });
/** A project is the caller's `personal` library or a campaign's id. */
export const projectIdParams = z.object({ projectId: idOr("personal", "Project") });
