import { z } from "zod";
import { VISIBILITIES } from "@/lib/schemas/visibility";
import { CREATURE_SIZES, DISPOSITIONS } from "@/lib/schemas/token-vocabulary";

/** Response contracts of the token routes; lib/tokens returns these inferred types. */

export const tokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  disposition: z.enum(DISPOSITIONS),
  creatureSize: z.enum(CREATURE_SIZES),
  gridWidth: z.number(),
  gridHeight: z.number(),
  campaignId: z.uuid().nullable(),
  characterId: z.uuid().nullable(),
  /** The campaign NPC the token stands for. */
  npcId: z.uuid().nullable(),
  sourceImageId: z.uuid().nullable(),
  assetId: z.uuid(),
  imageId: z.uuid().nullable(),
  imageUrl: z.string().nullable(),
  sourceImageUrl: z.string().nullable(),
  pixels: z.number().int().nullable(),
  format: z.string().nullable(),
  style: z.record(z.string(), z.unknown()),
  ownerId: z.uuid(),
  /** In a campaign: whether the party sees it (`party`) or only the DM (`dm_only`, until revealed). */
  visibility: z.enum(VISIBILITIES),
  createdAt: z.iso.datetime(),
});
export type TokenView = z.infer<typeof tokenView>;

/** GET /api/tokens */
export const tokenListResponse = z.object({ tokens: z.array(tokenView) });
export type TokenListResponse = z.infer<typeof tokenListResponse>;

/** One item of a batch: its token, or why it failed (the rest of the batch is kept). */
export const batchItemResult = z.discriminatedUnion("ok", [
  z.object({ index: z.number().int(), name: z.string(), ok: z.literal(true), token: tokenView }),
  z.object({
    index: z.number().int(),
    name: z.string(),
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string() }),
  }),
]);
export type BatchItemResult = z.infer<typeof batchItemResult>;

/** POST /api/generate/token/batch */
export const tokenBatchResponse = z.object({
  results: z.array(batchItemResult),
  created: z.number().int(),
  failed: z.number().int(),
});
export type TokenBatchResponse = z.infer<typeof tokenBatchResponse>;
