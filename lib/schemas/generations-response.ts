import { z } from "zod";

/**
 * Response contracts of the generation routes (POST /api/images/generate, GET /api/generations/{id},
 * its cancel). Server code returns these inferred types; clients import them with `import type`,
 * so zod never reaches a page's first load.
 */

export const GENERATION_STATUSES = ["PENDING", "GENERATING", "COMPLETED", "FAILED", "CANCELLED"] as const;
export const generationStatus = z.enum(GENERATION_STATUSES);
export type GenerationStatusValue = z.infer<typeof generationStatus>;

/** A generation's id and status: what starting or cancelling one answers. */
export const generationSummary = z.object({ id: z.uuid(), status: generationStatus });
export type GenerationSummary = z.infer<typeof generationSummary>;

/** A stored failure as the API shows it (Generation.errorCode and error). */
export const generationError = z.object({ code: z.string(), message: z.string() });

/** POST /api/images/generate with `wait: false` (202): the batch's ids to poll. */
export const startedGenerationResponse = z.object({ batchId: z.uuid(), generations: z.array(generationSummary) });
export type StartedGenerationResponse = z.infer<typeof startedGenerationResponse>;

/** POST /api/images/generate waiting for the images (the image-generation requirement's answer). */
export const generatedImagesResponse = z.object({
  data: z.array(
    z.object({
      id: z.uuid(),
      generationId: z.uuid(),
      filename: z.string(),
      filepath: z.string(),
      url: z.string(),
      mimeType: z.string(),
      size: z.number().int(),
      width: z.number().int(),
      height: z.number().int(),
      revisedPrompt: z.string().optional(),
      tags: z.array(z.object({ id: z.uuid(), tagType: z.string(), tagId: z.string() })),
    }),
  ),
  metadata: z.object({ prompt: z.string(), provider: z.string(), model: z.string(), count: z.number().int() }),
});
export type GeneratedImagesResponse = z.infer<typeof generatedImagesResponse>;

/** GET /api/generations/{id}: what a client polls. */
export const generationStateResponse = z.object({
  id: z.uuid(),
  batchId: z.uuid().nullable(),
  assetId: z.uuid(),
  status: generationStatus,
  provider: z.string(),
  model: z.string().nullable(),
  prompt: z.string(),
  attempts: z.number().int(),
  error: generationError.nullable(),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  completedAt: z.iso.datetime().nullable(),
  durationMs: z.number().nullable(),
  image: z
    .object({
      id: z.uuid(),
      url: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      mimeType: z.string(),
      bytes: z.number().int(),
    })
    .nullable(),
});
export type GenerationStateResponse = z.infer<typeof generationStateResponse>;
