// The character requirement's vocabulary without zod, so client components (lists, sheets, forms, the
// roster) can label values without pulling the schema library into their bundles;
// characters.ts (beside it) builds its schemas from these lists.

/**
 * The character requirement's vocabulary. Values are stored as slugs ("dark-elf", "middle-aged") so they match the
 * built-in engine's lexicon; input is accepted in any case with spaces ("Dark Elf"), and LABELS
 * gives the words people read. Build's default "average" is one of its options, as the seed implies.
 */
export const RACES = [
  "human",
  "orc",
  "dark-elf",
  "wood-elf",
  "high-elf",
  "dragonborn",
  "tiefling",
  "rock-gnome",
  "forest-gnome",
  "halfling",
  "dwarf",
  "half-elf",
  "half-orc",
] as const;
export const GENDERS = ["male", "female", "non-binary"] as const;
export const CLASSES = [
  "barbarian",
  "rogue",
  "wizard",
  "cleric",
  "monk",
  "warlock",
  "ranger",
  "fighter",
  "bard",
  "paladin",
  "druid",
  "sorcerer",
  "artificer",
] as const;
export const AGE_CATEGORIES = ["young", "adult", "middle-aged", "elderly"] as const;
export const BUILDS = ["slender", "athletic", "average", "muscular", "stocky", "heavyset"] as const;
export const EXPRESSIONS = [
  "confident",
  "serene",
  "determined",
  "friendly",
  "stern",
  "mysterious",
  "joyful",
  "brooding",
  "wise",
  "fierce",
] as const;
export const POSES = [
  "standing-confident",
  "arms-crossed",
  "weapon-ready",
  "casting-spell",
  "seated-thoughtful",
  "looking-over-shoulder",
] as const;
export const PORTRAIT_STYLES = ["illustrated", "painterly", "realistic", "ink", "anime"] as const;

export const CHARACTER_DEFAULTS = {
  gender: "non-binary",
  build: "average",
  facial_expression: "determined",
  base_level: 1,
} as const;

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

export const CHARACTER_STATUSES = ["healthy", "wounded", "unconscious", "dead", "poisoned", "exhausted"] as const;
