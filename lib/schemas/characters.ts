import { z } from "zod";

/**
 * Seed 001's vocabulary. Values are stored as slugs ("dark-elf", "middle-aged") so they match the
 * built-in engine's lexicon; input is accepted in any case with spaces ("Dark Elf"), and LABELS
 * gives the words people read. Build's default "average" is one of its options, as the seed implies.
 */
export const RACES = ["human", "orc", "dark-elf", "wood-elf", "high-elf", "dragonborn", "tiefling", "rock-gnome", "forest-gnome", "halfling", "dwarf", "half-elf", "half-orc"] as const;
export const GENDERS = ["male", "female", "non-binary"] as const;
export const CLASSES = ["barbarian", "rogue", "wizard", "cleric", "monk", "warlock", "ranger", "fighter", "bard", "paladin", "druid", "sorcerer", "artificer"] as const;
export const AGE_CATEGORIES = ["young", "adult", "middle-aged", "elderly"] as const;
export const BUILDS = ["slender", "athletic", "average", "muscular", "stocky", "heavyset"] as const;
export const EXPRESSIONS = ["confident", "serene", "determined", "friendly", "stern", "mysterious", "joyful", "brooding", "wise", "fierce"] as const;
export const POSES = ["standing-confident", "arms-crossed", "weapon-ready", "casting-spell", "seated-thoughtful", "looking-over-shoulder"] as const;
export const PORTRAIT_STYLES = ["illustrated", "painterly", "realistic", "ink", "anime"] as const;

export const CHARACTER_DEFAULTS = { gender: "non-binary", build: "average", facial_expression: "determined", base_level: 1 } as const;

const SPECIAL_LABELS: Record<string, string> = {
  young: "Young (18-25)",
  adult: "Adult (26-40)",
  "middle-aged": "Middle-aged (41-60)",
  elderly: "Elderly (60+)",
  "non-binary": "Non-binary",
};

/** "dark-elf" → "Dark Elf"; age categories keep the seed's ranges. */
export function labelFor(value: string | null | undefined): string {
  if (!value) return "";
  if (SPECIAL_LABELS[value]) return SPECIAL_LABELS[value];
  return value
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

const toSlug = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase().replace(/\s*\(.*\)\s*$/, "").replace(/[\s_]+/g, "-") : value);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(toSlug, z.enum(values));
/** Optional free text: blank becomes null so "cleared" and "never set" look the same. */
const text = (max: number) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value), z.string().max(max).nullable());

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
});

/** Create: name, race and class are required; everything else falls back to the seed's defaults. */
export const createCharacterSchema = characterFieldsSchema.partial().required({ name: true, race: true, character_class: true }).extend({
  template_slug: z.string().max(60).optional(),
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
export const inventoryItemSchema = z.strictObject({ name: z.string().trim().min(1).max(100), quantity: z.number().int().min(0).max(9999).default(1) });
export const questSchema = z.strictObject({ title: z.string().trim().min(1).max(200), done: z.boolean().default(false) });
export const CHARACTER_STATUSES = ["healthy", "wounded", "unconscious", "dead", "poisoned", "exhausted"] as const;

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

