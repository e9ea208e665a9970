import { z } from "zod";
import { generationError, generationStatus, generationSummary } from "./generations-response";

/**
 * Response contracts of the character and portrait routes, in the character requirement's
 * snake_case. lib/characters/view.ts and the portrait functions return these inferred types; the
 * client imports the same types with `import type` (erased, so no zod in its bundle).
 */

export const portraitView = z.object({
  asset_id: z.uuid(),
  generation_id: z.uuid(),
  image_id: z.uuid(),
  url: z.string(),
  thumbnail_url: z.string(),
  prompt_used: z.string(),
});
export type PortraitView = z.infer<typeof portraitView>;

/** The character's identity (CharacterProfile). Vocabulary fields are stored slugs, read back as strings. */
export const characterProfileView = z.object({
  character_id: z.uuid(),
  profile_id: z.uuid(),
  owner_id: z.uuid(),
  name: z.string(),
  race: z.string(),
  character_class: z.string(),
  base_level: z.number().int(),
  gender: z.string(),
  age_category: z.string().nullable(),
  build: z.string(),
  height_description: z.string().nullable(),
  facial_expression: z.string(),
  facial_features: z.string().nullable(),
  attire: z.string().nullable(),
  primary_weapon: z.string().nullable(),
  distinguishing_feature: z.string().nullable(),
  background_setting: z.string().nullable(),
  pose: z.string().nullable(),
  backstory: z.string(),
  description: z.string(),
  appearance: z.string(),
  portrait_style: z.string().nullable(),
  template_slug: z.string().nullable(),
  portrait: portraitView.nullable(),
  portrait_url: z.string().nullable(),
  /** Where the portrait file is served (the authorizing image route); null without a portrait. */
  portrait_path: z.string().nullable(),
  voice_id: z.string().nullable(),
  voice_settings: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  voice_archetype: z.string().nullable(),
  portrait_prompt: z.string().nullable(),
  has_portrait: z.boolean(),
  created_at: z.iso.datetime(),
  updated_at: z.iso.datetime(),
});
export type CharacterProfileView = z.infer<typeof characterProfileView>;

export const inventoryItemView = z.object({ name: z.string(), quantity: z.number().int() });
export const questView = z.object({ title: z.string(), done: z.boolean() });

/** One campaign's state of a character (CharacterInfo); `level` falls back to the base level. */
export const campaignStateView = z.object({
  info_id: z.uuid(),
  campaign_id: z.uuid(),
  level: z.number().int(),
  level_override: z.number().int().nullable(),
  hit_points_current: z.number().int(),
  hit_points_max: z.number().int(),
  armor_class: z.number().int(),
  status: z.string(),
  inventory: z.array(inventoryItemView),
  location: z.string().nullable(),
  quests: z.array(questView),
  notes: z.string(),
});
export type CampaignStateView = z.infer<typeof campaignStateView>;

/** EnrichedCharacter: identity and one campaign's state in one object. */
export const enrichedCharacter = characterProfileView.extend(campaignStateView.shape);
export type EnrichedCharacter = z.infer<typeof enrichedCharacter>;

/** GET /api/characters */
export const characterListResponse = z.object({ characters: z.array(characterProfileView) });
export type CharacterListResponse = z.infer<typeof characterListResponse>;

/** GET and PATCH /api/characters/{id}: the character with its state in each campaign the caller sees. */
export const characterDetailResponse = characterProfileView.extend({
  is_owner: z.boolean(),
  campaigns: z.array(campaignStateView.extend({ campaign_name: z.string(), is_dm: z.boolean() })),
});
export type CharacterDetailResponse = z.infer<typeof characterDetailResponse>;

/** GET /api/characters/pregenerated: a template's fields (the creator form's) under its slug. */
export const pregeneratedCharacter = z.looseObject({ slug: z.string(), name: z.string() });
export const pregeneratedListResponse = z.object({ characters: z.array(pregeneratedCharacter) });
export type PregeneratedCharacter = z.infer<typeof pregeneratedCharacter>;
export type PregeneratedListResponse = z.infer<typeof pregeneratedListResponse>;

export const portraitHistoryItem = z.object({
  generation_id: z.uuid(),
  batch_id: z.uuid().nullable(),
  status: generationStatus,
  image_url: z.string().nullable(),
  prompt_used: z.string(),
  enhanced_prompt: z.string().nullable(),
  error: generationError.nullable(),
  is_current: z.boolean(),
  created_at: z.iso.datetime(),
});
export type PortraitHistoryItem = z.infer<typeof portraitHistoryItem>;

/** GET /api/characters/{id}/portrait, and what select and upload answer. */
export const portraitStateResponse = z.object({
  character_id: z.uuid(),
  has_portrait: z.boolean(),
  portrait_url: z.string().nullable(),
  portrait_path: z.string().nullable(),
  prompt_used: z.string().nullable(),
  current: portraitView.nullable(),
  in_progress: z.boolean(),
  history: z.array(portraitHistoryItem),
});
export type PortraitStateResponse = z.infer<typeof portraitStateResponse>;

/** A portrait batch that was started: ids to poll and the prompt at each step. */
export const startedPortrait = z.object({
  success: z.literal(true),
  generated: z.literal(true),
  character_id: z.uuid(),
  /** Null while the portrait is being made: poll the generations, then GET the portrait. */
  portrait_url: z.null(),
  portrait_path: z.null(),
  batch_id: z.uuid(),
  generations: z.array(generationSummary),
  raw_prompt: z.string(),
  enhanced_prompt: z.string(),
  enhanced_by: z.enum(["text-model", "none"]),
  prompt_used: z.string(),
  style: z.string(),
  provider: z.string(),
  model: z.string(),
});

/** POST /api/characters/{id}/portrait/generate: 202 with a started batch, or 200 with the existing portrait. */
export const generatePortraitResponse = z.discriminatedUnion("generated", [
  startedPortrait,
  z.object({
    success: z.literal(true),
    generated: z.literal(false),
    character_id: z.uuid(),
    portrait_url: z.string(),
    portrait_path: z.string(),
    prompt_used: z.string(),
    generations: z.array(generationSummary).length(0),
  }),
]);
export type StartedPortrait = z.infer<typeof startedPortrait>;
export type GeneratePortraitResponse = z.infer<typeof generatePortraitResponse>;
