import { z } from "zod";

/**
 * Response contracts of the asset API under /api/v1 (projects → assets → generations). Status,
 * kind and format are the requirement's lower-case words; lib/assets returns these inferred types.
 */

const metadata = z.record(z.string(), z.unknown());

export const assetView = z.object({
  id: z.uuid(),
  /** "personal" or a campaign id. */
  project_id: z.string(),
  kind: z.string(),
  name: z.string(),
  description: z.string(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
  thumbnail: z.string().nullable(),
  favorite_generation_id: z.uuid().nullable(),
  tags: z.array(z.string()),
  metadata,
  file_size: z.number().int().nullable(),
  total_generations: z.number().int(),
});
export type AssetView = z.infer<typeof assetView>;

export const generationView = z.object({
  id: z.uuid(),
  asset_id: z.uuid(),
  image_path: z.string().nullable(),
  image_url: z.string().nullable(),
  image_id: z.uuid().nullable(),
  /** The stored parameters with the prompt, enhanced prompt, provider and model always present. */
  parameters: z.looseObject({
    prompt: z.string(),
    enhanced_prompt: z.string().nullable(),
    provider: z.string(),
    model: z.string().nullable(),
  }),
  created_at: z.iso.datetime(),
  completed_at: z.iso.datetime().nullable(),
  status: z.string(),
  error: z.string().nullable(),
  is_favorite: z.boolean(),
  file_size: z.number().int(),
  dimensions: z.object({ width: z.number().int(), height: z.number().int() }),
  format: z.string().nullable(),
  metadata,
});
export type GenerationView = z.infer<typeof generationView>;

const page = { total: z.number().int(), limit: z.number().int(), offset: z.number().int() };

/** GET /api/v1/projects/{id}/assets */
export const assetListResponse = z.object({ assets: z.array(assetView), ...page, has_more: z.boolean() });
export type AssetListResponse = z.infer<typeof assetListResponse>;

/**
 * GET /api/v1/projects/{id}/assets/search: relevance-scored assets. `total` is exact up to 50
 * matches (or offset + limit, when larger); past that it is PostgreSQL's estimate (never below the
 * matches already found) and `total_estimated` is true.
 */
export const assetSearchResponse = z.object({
  assets: z.array(assetView.extend({ score: z.number() })),
  ...page,
  total_estimated: z
    .boolean()
    .describe(
      "true when total is an estimate: more than 50 assets (or offset + limit) match and they were not all counted",
    ),
  has_more: z.boolean(),
});
export type AssetSearchResponse = z.infer<typeof assetSearchResponse>;

/** GET /api/v1/assets/{id}: with its generations (include_generations=false answers the bare AssetView). */
export const assetDetailResponse = assetView.extend({ generations: z.array(generationView) });
export type AssetDetailResponse = z.infer<typeof assetDetailResponse>;

/** GET /api/v1/assets/{id}/generations */
export const generationListResponse = z.object({ generations: z.array(generationView), ...page });
export type GenerationListResponse = z.infer<typeof generationListResponse>;

/** POST /api/v1/projects/{id}/assets/bulk: per item, created or why not. */
export const bulkCreateResponse = z.object({
  created: z.array(assetView),
  failed: z.array(z.object({ index: z.number().int(), error: z.string() })),
});
export type BulkCreateResponse = z.infer<typeof bulkCreateResponse>;

const assetFailure = z.object({ asset_id: z.string(), error: z.string() });

/** DELETE /api/v1/projects/{id}/assets/bulk */
export const bulkDeleteResponse = z.object({ deleted: z.array(z.uuid()), failed: z.array(assetFailure) });
export type BulkDeleteResponse = z.infer<typeof bulkDeleteResponse>;

/** PUT /api/v1/assets/bulk/tags */
export const bulkTagsResponse = z.object({
  updated: z.number().int(),
  asset_ids: z.array(z.uuid()),
  failed: z.array(assetFailure),
});
export type BulkTagsResponse = z.infer<typeof bulkTagsResponse>;

/** GET /api/v1/projects/{id}/tags */
export const projectTagsResponse = z.object({ tags: z.array(z.object({ name: z.string(), count: z.number().int() })) });
export type ProjectTagsResponse = z.infer<typeof projectTagsResponse>;

export const dailyTrend = z.object({
  date: z.string(),
  total: z.number().int(),
  pending: z.number().int(),
  generating: z.number().int(),
  completed: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
});
export type DailyTrend = z.infer<typeof dailyTrend>;

/** GET /api/v1/projects/{id}/stats */
export const projectStatsResponse = z.object({
  total_assets: z.number().int(),
  total_generations: z.number().int(),
  generations_by_status: z.record(z.string(), z.number().int()),
  storage_used: z.number().int(),
  most_used_tags: z.array(z.string()),
  tag_counts: z.array(z.object({ name: z.string(), count: z.number().int() })),
  generation_trends: z.object({ daily: z.array(dailyTrend), models_used: z.record(z.string(), z.number().int()) }),
});
export type ProjectStatsResponse = z.infer<typeof projectStatsResponse>;

/** GET /api/v1/assets/{id}/stats */
export const assetStatsResponse = z.object({
  total_generations: z.number().int(),
  successful_generations: z.number().int(),
  failed_generations: z.number().int(),
  favorite_generation_id: z.uuid().nullable(),
  total_file_size: z.number().int(),
  generation_history: z.array(
    z.object({
      id: z.uuid(),
      status: z.string(),
      model: z.string().nullable(),
      created_at: z.iso.datetime(),
      completed_at: z.iso.datetime().nullable(),
      file_size: z.number().int(),
      is_favorite: z.boolean(),
    }),
  ),
});
export type AssetStatsResponse = z.infer<typeof assetStatsResponse>;

/** POST /api/v1/generations/{id}/upload (201): the generation's new file. */
export const generationUploadResponse = generationView.pick({
  image_path: true,
  image_url: true,
  image_id: true,
  file_size: true,
  dimensions: true,
  format: true,
});
export type GenerationUploadResponse = z.infer<typeof generationUploadResponse>;
