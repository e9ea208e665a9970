import { z } from "zod";

import {
  AGE_CATEGORIES,
  BUILDS,
  CHARACTER_STATUSES,
  CLASSES,
  EXPRESSIONS,
  GENDERS,
  PORTRAIT_STYLES,
  POSES,
  RACES,
} from "./character-vocabulary";

const toSlug = (value: unknown) =>
  typeof value === "string"
    ? value
        .trim()
        .toLowerCase()
        .replace(/\s*\(.*\)\s*$/, "")
        .replace(/[\s_]+/g, "-")
    : value;
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(toSlug, z.enum(values));
/** Optional free text: blank becomes null so "cleared" and "never set" look the same. */
const text = (max: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value,
    z.string().max(max).nullable(),
  );

export const characterFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, "Give the character a name").max(80),
  race: choice(RACES),
  character_class: choice(CLASSES),
  base_level: z.number().int().min(1).max(20),
  gender: choice(GENDERS),
  age_category: choice(AGE_CATEGORIES).nullable(),
  build: choice(BUILDS),
  height_description: text(80),
  facial_expression: choice(EXPRESSIONS),
  facial_features: text(300),
  attire: text(300),
  primary_weapon: text(200),
  distinguishing_feature: text(300),
  background_setting: text(200),
  pose: choice(POSES).nullable(),
  backstory: z.string().max(5000),
  description: z.string().max(2000),
  appearance: z.string().max(2000),
  portrait_style: choice(PORTRAIT_STYLES).nullable(),
  /** Text-to-speech voice: the provider's voice id, its settings, and the kind of voice ("gravelly elder"). */
  voice_id: text(120),
  voice_settings: z
    .record(z.string().max(60), z.union([z.string().max(200), z.number(), z.boolean()]))
    .refine((value) => Object.keys(value).length <= 20, "at most 20 voice settings"),
  voice_archetype: text(60),
});

/** Create: name, race and class are required; everything else falls back to the seed's defaults. */
export const createCharacterSchema = characterFieldsSchema
  .partial()
  .required({ name: true, race: true, character_class: true })
  .extend({
    template_slug: z.string().max(60).optional(),
    /** Put the new character into this campaign (the caller must be its DM or a player in it). */
    campaign_id: z.uuid().optional(),
  });
export const updateCharacterSchema = characterFieldsSchema.partial();

export type CharacterFields = z.infer<typeof characterFieldsSchema>;
export type CreateCharacterInput = z.infer<typeof createCharacterSchema>;
export type UpdateCharacterInput = z.infer<typeof updateCharacterSchema>;

export const generatePortraitSchema = z.strictObject({
  character_id: z.string().optional(), // the seed's body repeats the id; the path is what counts
  regenerate: z.boolean().default(false),
  custom_prompt_additions: z.string().trim().max(500).default(""),
  style: choice(PORTRAIT_STYLES).optional(),
  variations: z.number().int().min(1).max(4).default(1),
  profile_id: z.uuid().optional(),
});
export type GeneratePortraitInput = z.infer<typeof generatePortraitSchema>;

export const selectPortraitSchema = z.strictObject({ generation_id: z.uuid() });

/** The campaign state a DM edits (CharacterInfo). */
export const inventoryItemSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  quantity: z.number().int().min(0).max(9999).default(1),
});
export const questSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  done: z.boolean().default(false),
});

export const updateCampaignStateSchema = z
  .strictObject({
    level: z.number().int().min(1).max(20).nullable(),
    hit_points_current: z.number().int().min(-999).max(9999),
    hit_points_max: z.number().int().min(1).max(9999),
    armor_class: z.number().int().min(0).max(99),
    status: z.enum(CHARACTER_STATUSES),
    location: text(200),
    inventory: z.array(inventoryItemSchema).max(200),
    quests: z.array(questSchema).max(100),
    notes: z.string().max(5000),
  })
  .partial();
export type UpdateCampaignStateInput = z.infer<typeof updateCampaignStateSchema>;
