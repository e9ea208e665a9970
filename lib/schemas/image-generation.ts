import { z } from "zod";

/** The image-generation API's typed tags, plus the campaign and map links the data model adds. */
export const IMAGE_TAG_TYPES = ["CHARACTER", "PERSONA", "CHAT", "THEME", "CAMPAIGN", "MAP"] as const;

export const imageGenerationOptionsSchema = z.strictObject({
  n: z.number().int().min(1).max(10).optional(),
  size: z
    .string()
    .regex(/^(\d{2,5}x\d{2,5}|auto)$/, 'Size looks like "1024x1024"')
    .optional(),
  quality: z.enum(["standard", "hd"]).optional(),
  style: z.enum(["vivid", "natural"]).optional(),
  aspectRatio: z
    .string()
    .regex(/^\d{1,2}:\d{1,2}$/, 'Aspect ratio looks like "16:9"')
    .optional(),
  /** xAI's output resolution; other providers ignore it. */
  resolution: z.enum(["1k", "2k"]).optional(),
  /** Reproduces a picture from an engine that takes seeds (the built-in one); others ignore it. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .optional(),
});

/** The request of POST /api/images/generate (the image-generation API), plus `wait` (default true). */
export const imageGenerationRequestSchema = z.strictObject({
  prompt: z.string().trim().min(1, "Describe the image").max(4000),
  profileId: z.uuid(),
  tags: z
    .array(z.strictObject({ tagType: z.enum(IMAGE_TAG_TYPES), tagId: z.string().trim().min(1).max(200) }))
    .max(50)
    .optional(),
  options: imageGenerationOptionsSchema.optional(),
  wait: z.boolean().optional(),
});
