/**
 * The random generators' vocabulary without zod: the values their query and response schemas
 * accept, and the keys of lib/random's tables (which are typed against these lists).
 */
export const ENCOUNTER_DIFFICULTIES = ["easy", "medium", "hard", "deadly"] as const;
export type EncounterDifficulty = (typeof ENCOUNTER_DIFFICULTIES)[number];

/** The DMG appendix's environments an encounter can be drawn from. */
export const ENVIRONMENTS = [
  "arctic",
  "coastal",
  "desert",
  "dungeon",
  "forest",
  "grassland",
  "hill",
  "mountain",
  "swamp",
  "underdark",
  "urban",
] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export const NPC_RACES = [
  "human",
  "elf",
  "dwarf",
  "halfling",
  "gnome",
  "half-elf",
  "half-orc",
  "tiefling",
  "dragonborn",
] as const;
export type NpcRace = (typeof NPC_RACES)[number];

export const NPC_CLASSES = [
  "barbarian",
  "bard",
  "cleric",
  "druid",
  "fighter",
  "monk",
  "paladin",
  "ranger",
  "rogue",
  "sorcerer",
  "warlock",
  "wizard",
  "commoner",
  "merchant",
  "noble",
  "guard",
] as const;
export type NpcClass = (typeof NPC_CLASSES)[number];

export const ALIGNMENT_CODES = ["LG", "NG", "CG", "LN", "N", "CN", "LE", "NE", "CE"] as const;
export type AlignmentCode = (typeof ALIGNMENT_CODES)[number];

export const PERSONALITY_KEYS = [
  "gruff",
  "cheerful",
  "mysterious",
  "arrogant",
  "humble",
  "nervous",
  "confident",
  "curious",
  "greedy",
  "pious",
] as const;
export type Personality = (typeof PERSONALITY_KEYS)[number];
