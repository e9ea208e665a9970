import { z } from "zod";
import { DIFFICULTIES, MAP_STYLES, MAP_TYPES } from "@/lib/schemas/map-layout";
import {
  largestPixelsPerSquare,
  MAP_MAX_PICTURE_MEGAPIXELS,
  MAP_MAX_PICTURE_SIDE_PX,
  MAP_MAX_PIXELS_PER_SQUARE,
  MAP_MAX_SQUARES,
  MAP_MIN_PIXELS_PER_SQUARE,
  MAP_MIN_SQUARES,
} from "./map-size-bounds";

export * from "./map-size-bounds";

const squares = z.coerce
  .number()
  .int()
  .min(MAP_MIN_SQUARES, `at least ${MAP_MIN_SQUARES} squares`)
  .max(MAP_MAX_SQUARES, `at most ${MAP_MAX_SQUARES} squares`);

/**
 * POST /api/generate/map. `regenerateOf` (a map id) makes the next version of that map. The map
 * requirement's field names (`campaign_id`, `location_description`, `map_type`) are accepted
 * beside the app's own; sizes default to its 20×20 squares.
 */
export const generateMapSchema = z
  .object({
    campaignId: z.uuid().optional(),
    campaign_id: z.uuid().optional(),
    name: z.string().trim().min(1).max(120).optional(),
    description: z.string().trim().max(2000).default(""),
    location_description: z.string().trim().max(2000).optional(),
    mapType: z.enum(MAP_TYPES).optional(),
    map_type: z.enum(MAP_TYPES).optional(),
    difficulty: z.enum(DIFFICULTIES).default("medium"),
    width: squares.default(20),
    height: squares.default(20),
    seed: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[\w-]+$/, "letters, digits, - and _")
      .optional(),
    pixelsPerSquare: z.coerce.number().int().min(MAP_MIN_PIXELS_PER_SQUARE).max(MAP_MAX_PIXELS_PER_SQUARE).default(70),
    grid: z.boolean().default(true),
    /** How the picture is drawn: full-colour "painted" or "ink" on parchment. */
    style: z.enum(MAP_STYLES).default("painted"),
    profileId: z.uuid().optional(),
    regenerateOf: z.uuid().optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.mapType && !input.map_type)
      ctx.addIssue({ code: "custom", path: ["mapType"], message: "choose a map type" });
    const largest = largestPixelsPerSquare(input.width, input.height);
    if (input.pixelsPerSquare > largest)
      ctx.addIssue({
        code: "custom",
        path: ["pixelsPerSquare"],
        message: `a ${input.width}×${input.height} map can have at most ${largest} px per square (pictures stay within ${MAP_MAX_PICTURE_SIDE_PX} px a side and ${MAP_MAX_PICTURE_MEGAPIXELS} megapixels)`,
      });
  })
  .transform(({ campaign_id, location_description, map_type, ...input }) => ({
    ...input,
    campaignId: input.campaignId ?? campaign_id,
    description: location_description ?? input.description,
    // superRefine above refused a request with neither spelling.
    mapType: (input.mapType ?? map_type)!,
  }));
export type GenerateMapInput = z.infer<typeof generateMapSchema>;

export const listMapsQuerySchema = z.object({ campaignId: z.uuid().optional() });
export const mapDownloadQuerySchema = z.object({
  format: z.enum(["png", "webp", "foundry", "dd2vtt", "foundry-bundle"]),
  /** Foundry only: place the campaign's tokens near the entrance (`party`: player characters; `all`: every token). */
  tokens: z.enum(["party", "all"]).optional(),
  /** Foundry JSON and .dd2vtt of one floor of a multi-storey map (0 is the ground floor); the bundle has them all. */
  floor: z.coerce.number().int().min(0).max(20).optional(),
  /** png with `floor`: that floor's picture for the map view; a player always gets the players' version. */
  picture: z.enum(["dm", "player"]).optional(),
});
