import { z } from "zod";
import { DIFFICULTIES, MAP_TYPES } from "@/lib/maps/types";

export const MAP_MIN_SQUARES = 10;
export const MAP_MAX_SQUARES = 80;

const squares = z.coerce.number().int().min(MAP_MIN_SQUARES, `at least ${MAP_MIN_SQUARES} squares`).max(MAP_MAX_SQUARES, `at most ${MAP_MAX_SQUARES} squares`);

/** POST /api/generate/map. `regenerateOf` (a map id) makes the next version of that map. */
export const generateMapSchema = z.object({
  campaignId: z.uuid().optional(),
  name: z.string().trim().min(1).max(120).optional(),
  description: z.string().trim().max(2000).default(""),
  mapType: z.enum(MAP_TYPES),
  difficulty: z.enum(DIFFICULTIES).default("medium"),
  width: squares,
  height: squares,
  seed: z.string().trim().min(1).max(64).regex(/^[\w-]+$/, "letters, digits, - and _").optional(),
  pixelsPerSquare: z.coerce.number().int().min(40).max(200).default(70),
  grid: z.boolean().default(true),
  profileId: z.uuid().optional(),
  regenerateOf: z.uuid().optional(),
});
export type GenerateMapInput = z.infer<typeof generateMapSchema>;

export const listMapsQuerySchema = z.object({ campaignId: z.uuid().optional() });
export const mapDownloadQuerySchema = z.object({
  format: z.enum(["png", "webp", "foundry", "dd2vtt"]),
  /** Foundry only: place the campaign's tokens near the entrance (`party`: player characters; `all`: every token). */
  tokens: z.enum(["party", "all"]).optional(),
});
export type MapDownloadQuery = z.infer<typeof mapDownloadQuerySchema>;
