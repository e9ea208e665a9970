import { z } from "zod";
import { CREATURE_SIZES, DEFAULT_RING_WIDTH, DISPOSITIONS, OFFSET_RANGE, RING_WIDTH_RANGE, ZOOM_RANGE } from "@/lib/schemas/token-vocabulary";

/** How a token looks; every field has a default so a bare request still makes a sensible token. */
export const tokenStyleSchema = z.object({
  disposition: z.enum(DISPOSITIONS).default("NEUTRAL"),
  size: z.enum(CREATURE_SIZES).default("MEDIUM"),
  zoom: z.number().min(ZOOM_RANGE.min).max(ZOOM_RANGE.max).default(1),
  offsetX: z.number().min(OFFSET_RANGE.min).max(OFFSET_RANGE.max).default(0),
  offsetY: z.number().min(OFFSET_RANGE.min).max(OFFSET_RANGE.max).default(0),
  // Hex only (or transparent): the value goes into sharp and an SVG, so no free-form strings.
  background: z.union([z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour like #1f2937"), z.literal("transparent")]).default("#1f2937"),
  ringWidth: z.number().min(RING_WIDTH_RANGE.min).max(RING_WIDTH_RANGE.max).default(DEFAULT_RING_WIDTH),
  format: z.enum(["webp", "png"]).default("webp"),
});
export type TokenStyleInput = z.infer<typeof tokenStyleSchema>;

const description = z.string().trim().min(3, "describe the creature in a few words").max(1000);

/** Where the picture comes from: a character's current portrait, any viewable image, or words. */
export const tokenSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("character"), characterId: z.uuid() }),
  z.object({ kind: z.literal("image"), imageId: z.uuid() }),
  z.object({ kind: z.literal("description"), description, profileId: z.uuid().optional() }),
]);
export type TokenSource = z.infer<typeof tokenSourceSchema>;

/** POST /api/generate/token */
export const generateTokenSchema = tokenStyleSchema.extend({
  source: tokenSourceSchema,
  name: z.string().trim().min(1).max(80).optional(),
  campaignId: z.uuid().optional(),
});
export type GenerateTokenInput = z.infer<typeof generateTokenSchema>;

export const npcSchema = z.object({
  name: z.string().trim().min(1).max(80),
  description,
  size: z.enum(CREATURE_SIZES).default("MEDIUM"),
  disposition: z.enum(DISPOSITIONS).default("HOSTILE"),
});

const batchLook = z.object({
  campaignId: z.uuid().optional(),
  background: tokenStyleSchema.shape.background,
  format: tokenStyleSchema.shape.format,
  profileId: z.uuid().optional(),
});

/** POST /api/generate/token/batch: a list of NPCs, or every character of a campaign with a portrait. */
export const batchTokensSchema = z.union([
  batchLook.extend({ npcs: z.array(npcSchema).min(1).max(12) }).strict(),
  batchLook.extend({ campaignId: z.uuid(), party: z.literal(true) }).strict(),
]);
export type BatchTokensInput = z.infer<typeof batchTokensSchema>;

export const listTokensQuerySchema = z.object({ campaignId: z.uuid().optional() });
