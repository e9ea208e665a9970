import { z } from "zod";
import {
  CREATURE_SIZES,
  DEFAULT_RING_WIDTH,
  DISPOSITIONS,
  OFFSET_RANGE,
  RING_WIDTH_RANGE,
  ZOOM_RANGE,
} from "@/lib/schemas/token-vocabulary";

/** How a token looks; every field has a default so a bare request still makes a sensible token. */
export const tokenStyleSchema = z.object({
  disposition: z.enum(DISPOSITIONS).default("NEUTRAL"),
  size: z.enum(CREATURE_SIZES).default("MEDIUM"),
  zoom: z.number().min(ZOOM_RANGE.min).max(ZOOM_RANGE.max).default(1),
  offsetX: z.number().min(OFFSET_RANGE.min).max(OFFSET_RANGE.max).default(0),
  offsetY: z.number().min(OFFSET_RANGE.min).max(OFFSET_RANGE.max).default(0),
  // Hex only (or transparent): the value goes into sharp and an SVG, so no free-form strings.
  background: z
    .union([z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour like #1f2937"), z.literal("transparent")])
    .default("#1f2937"),
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

/**
 * POST /api/generate/token. The token requirement's body (`campaign_id`, `name`, `description`,
 * `npc_id`) is accepted beside the app's own: a bare `description` is a description source, and
 * an NPC without either draws from the NPC's record.
 */
export const generateTokenSchema = tokenStyleSchema
  .extend({
    source: tokenSourceSchema.optional(),
    description: description.optional(),
    name: z.string().trim().min(1).max(80).optional(),
    campaignId: z.uuid().optional(),
    campaign_id: z.uuid().optional(),
    npcId: z.uuid().optional(),
    npc_id: z.uuid().optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.source && !input.description && !input.npcId && !input.npc_id)
      ctx.addIssue({ code: "custom", path: ["source"], message: "give a source, a description or an NPC" });
  })
  .transform(({ campaign_id, npc_id, description: words, source, ...input }) => ({
    ...input,
    campaignId: input.campaignId ?? campaign_id,
    npcId: input.npcId ?? npc_id,
    source: source ?? (words ? { kind: "description" as const, description: words } : undefined),
  }));
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

/** The token requirement's batch: tokens for stored NPCs of one campaign, by id. */
const npcIdsBatch = batchLook
  .extend({
    campaign_id: z.uuid().optional(),
    npcIds: z.array(z.uuid()).min(1).max(24).optional(),
    npc_ids: z.array(z.uuid()).min(1).max(24).optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!input.campaignId && !input.campaign_id)
      ctx.addIssue({ code: "custom", path: ["campaignId"], message: "the NPCs' campaign" });
    if (!input.npcIds && !input.npc_ids)
      ctx.addIssue({ code: "custom", path: ["npcIds"], message: "a list of NPC ids" });
  })
  .transform(({ campaign_id, npc_ids, ...input }) => ({
    ...input,
    campaignId: (input.campaignId ?? campaign_id)!,
    npcIds: [...new Set(input.npcIds ?? npc_ids)],
  }));

/**
 * POST /api/generate/token/batch: a list of described NPCs, stored NPCs by id, or every character
 * of a campaign with a portrait.
 */
export const batchTokensSchema = z.union([
  batchLook.extend({ npcs: z.array(npcSchema).min(1).max(12) }).strict(),
  batchLook.extend({ campaignId: z.uuid(), party: z.literal(true) }).strict(),
  npcIdsBatch,
]);
export type BatchTokensInput = z.infer<typeof batchTokensSchema>;

export const listTokensQuerySchema = z.object({ campaignId: z.uuid().optional() });
