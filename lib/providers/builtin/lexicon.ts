/**
 * The words the built-in engine understands. Both the structured fields (whose values come from
 * the character creator's enums, but are free text in the contract) and free prompts go through
 * these tables, so "Wood Elf", "wood-elf" and "a wood elf ranger" all land on the same key.
 * Race words are nouns only ("elf", not "elven"), so "an elven castle" stays a scene.
 */
import type { PictureStyle } from "@/lib/images/picture-styles";

export type Vocabulary<K extends string> = ReadonlyArray<readonly [K, readonly string[]]>;

export type RaceKey =
  | "human"
  | "high-elf"
  | "wood-elf"
  | "dark-elf"
  | "half-elf"
  | "orc"
  | "half-orc"
  | "dwarf"
  | "halfling"
  | "rock-gnome"
  | "forest-gnome"
  | "dragonborn"
  | "tiefling"
  | "aasimar"
  | "goliath"
  | "genasi"
  | "firbolg";
export type ClassKey =
  | "barbarian"
  | "bard"
  | "cleric"
  | "druid"
  | "fighter"
  | "monk"
  | "paladin"
  | "ranger"
  | "rogue"
  | "sorcerer"
  | "warlock"
  | "wizard"
  | "artificer";
export type SettingKey =
  | "forest"
  | "library"
  | "mountain"
  | "tavern"
  | "dungeon"
  | "night"
  | "castle"
  | "temple"
  | "sea"
  | "desert"
  | "snow"
  | "city"
  | "cave"
  | "swamp"
  | "volcano"
  | "arcane"
  | "meadow";
export type WeaponKey =
  | "sword"
  | "greatsword"
  | "dagger"
  | "staff"
  | "wand"
  | "bow"
  | "axe"
  | "hammer"
  | "mace"
  | "spear"
  | "shield"
  | "lute"
  | "tome"
  | "orb"
  | "scythe"
  | "none";
/** The styles lib/images can treat a picture with. */
export type StyleKey = PictureStyle;

export const RACES: Vocabulary<RaceKey> = [
  ["half-elf", ["half elf", "halfelf"]],
  ["half-orc", ["half orc", "halforc"]],
  ["dark-elf", ["dark elf", "drow"]],
  ["wood-elf", ["wood elf", "sylvan elf", "wild elf"]],
  ["high-elf", ["high elf", "elf", "elves", "eladrin"]],
  ["forest-gnome", ["forest gnome"]],
  ["rock-gnome", ["rock gnome", "gnome", "gnomes"]],
  ["dragonborn", ["dragonborn", "dragon born", "draconic humanoid"]],
  ["tiefling", ["tiefling", "tieflings"]],
  ["aasimar", ["aasimar"]],
  ["goliath", ["goliath"]],
  ["genasi", ["genasi"]],
  ["firbolg", ["firbolg"]],
  ["dwarf", ["dwarf", "dwarves"]],
  ["halfling", ["halfling", "hobbit"]],
  ["orc", ["orc", "orcs"]],
  ["human", ["human", "man", "woman", "person"]],
];

export const CLASSES: Vocabulary<ClassKey> = [
  ["barbarian", ["barbarian", "berserker", "brute"]],
  ["bard", ["bard", "minstrel", "troubadour", "musician"]],
  ["cleric", ["cleric", "priest", "priestess", "healer", "acolyte"]],
  ["druid", ["druid", "shaman"]],
  ["paladin", ["paladin", "holy knight", "crusader", "templar"]],
  ["fighter", ["fighter", "warrior", "knight", "soldier", "gladiator", "mercenary", "guard"]],
  ["monk", ["monk", "martial artist"]],
  ["ranger", ["ranger", "hunter", "archer", "scout"]],
  ["rogue", ["rogue", "thief", "assassin", "spy", "burglar", "pirate"]],
  ["sorcerer", ["sorcerer", "sorceress"]],
  ["warlock", ["warlock", "witch", "hexblade", "necromancer", "cultist"]],
  ["wizard", ["wizard", "mage", "magician", "archmage", "enchanter", "enchantress", "sage", "scholar"]],
  ["artificer", ["artificer", "tinkerer", "inventor", "engineer", "alchemist"]],
];

export const SETTINGS: Vocabulary<SettingKey> = [
  ["library", ["library", "study", "archive", "scriptorium", "bookshelves"]],
  ["tavern", ["tavern", "inn", "pub", "alehouse", "workshop", "forge", "smithy", "kitchen"]],
  ["dungeon", ["dungeon", "crypt", "catacomb", "prison", "tomb", "sewer"]],
  ["temple", ["temple", "shrine", "church", "cathedral", "chapel", "monastery", "sanctuary"]],
  ["castle", ["castle", "throne", "keep", "palace", "fortress", "great hall", "court"]],
  ["cave", ["cave", "cavern", "mine", "underdark", "grotto"]],
  ["volcano", ["volcano", "volcanic", "lava", "inferno", "hell", "hellscape", "burning"]],
  ["swamp", ["swamp", "bog", "marsh", "bayou", "fen"]],
  ["snow", ["snow", "snowy", "tundra", "winter", "frozen", "glacier", "ice", "arctic"]],
  ["desert", ["desert", "dunes", "sand", "sands", "oasis", "wasteland"]],
  ["sea", ["sea", "ocean", "coast", "beach", "harbor", "harbour", "ship", "shore", "lake", "river", "port"]],
  ["city", ["city", "street", "market", "town", "village", "alley", "rooftop", "rooftops", "docks"]],
  ["arcane", ["arcane", "void", "astral", "ethereal", "magical", "portal", "sanctum", "feywild", "shadowfell"]],
  ["night", ["night", "starry", "stars", "moonlit", "moon", "midnight", "dusk"]],
  ["mountain", ["mountain", "mountains", "peak", "cliff", "highlands", "summit", "pass"]],
  ["forest", ["forest", "woods", "woodland", "jungle", "grove", "glade", "trees"]],
  ["meadow", ["meadow", "field", "fields", "plains", "grassland", "hills", "countryside", "garden"]],
];

export const WEAPONS: Vocabulary<WeaponKey> = [
  ["greatsword", ["greatsword", "great sword", "claymore", "zweihander", "two handed sword"]],
  ["sword", ["sword", "longsword", "blade", "rapier", "scimitar", "sabre", "saber", "katana", "shortsword"]],
  ["dagger", ["dagger", "daggers", "knife", "knives", "dirk", "stiletto"]],
  ["staff", ["staff", "quarterstaff", "stave", "crook"]],
  ["wand", ["wand", "rod"]],
  ["bow", ["bow", "longbow", "shortbow", "crossbow", "arrows", "quiver"]],
  ["axe", ["axe", "greataxe", "battleaxe", "hatchet", "handaxe"]],
  ["hammer", ["hammer", "warhammer", "maul"]],
  ["mace", ["mace", "morningstar", "flail", "club"]],
  ["spear", ["spear", "glaive", "halberd", "trident", "pike", "lance", "javelin", "polearm"]],
  ["shield", ["shield", "buckler"]],
  ["lute", ["lute", "harp", "lyre", "flute", "violin", "instrument", "drum"]],
  ["tome", ["tome", "book", "grimoire", "spellbook", "scroll"]],
  ["orb", ["orb", "crystal ball", "holy symbol", "amulet", "gem", "lantern"]],
  ["scythe", ["scythe", "sickle"]],
  ["none", ["unarmed", "fists", "bare hands", "none"]],
];

export const STYLES: Vocabulary<StyleKey> = [
  ["ink", ["ink", "sketch", "pencil", "line art", "lineart", "engraving", "woodcut", "charcoal", "sepia"]],
  ["anime", ["anime", "manga", "cel shaded", "cel", "chibi", "cartoon"]],
  ["realistic", ["realistic", "photorealistic", "photo", "cinematic", "hyperrealistic", "lifelike"]],
  ["painterly", ["painterly", "painting", "oil", "watercolor", "watercolour", "gouache", "impressionist", "painted"]],
  ["illustrated", ["illustrated", "illustration", "fantasy art", "digital art", "storybook"]],
];

/** Colour words for attire and hair; values are paint, not pure RGB, so they sit well together. */
export const COLOR_WORDS: Readonly<Record<string, string>> = {
  red: "#a3262a",
  crimson: "#8e1b2c",
  scarlet: "#b3242b",
  maroon: "#5e1a22",
  burgundy: "#5a1726",
  blue: "#2d4f8e",
  azure: "#3b78b8",
  navy: "#1d2a4f",
  cobalt: "#2a4aa0",
  teal: "#1f6e6a",
  turquoise: "#2f9c95",
  green: "#2f6b3a",
  emerald: "#1f7a4d",
  olive: "#5c6131",
  forest: "#2a4a2a",
  purple: "#5b2d82",
  violet: "#6e3fa0",
  indigo: "#35307a",
  lavender: "#9d88c8",
  plum: "#5e2750",
  gold: "#c9a23a",
  golden: "#c9a23a",
  yellow: "#d8b83a",
  amber: "#c98a2a",
  orange: "#c8642a",
  copper: "#b0643a",
  bronze: "#9c6b30",
  silver: "#b8bcc4",
  steel: "#8e97a3",
  iron: "#6c7178",
  white: "#e8e4da",
  ivory: "#efe6cf",
  black: "#232127",
  dark: "#2a2630",
  grey: "#6d6d73",
  gray: "#6d6d73",
  brown: "#6b4526",
  tan: "#b08a5a",
  pink: "#c9708f",
  rose: "#b5566f",
};

/** Lowercase, hyphens and punctuation to spaces, padded so whole-word matching is a substring test. */
export function normalizeText(text: string | undefined | null): string {
  return ` ${(text ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/** The first key whose synonym appears as whole words in the text, in table order. */
export function findKey<K extends string>(text: string | undefined | null, table: Vocabulary<K>): K | undefined {
  const haystack = normalizeText(text);
  if (haystack.trim() === "") return undefined;
  for (const [key, words] of table) {
    if (words.some((word) => haystack.includes(` ${word} `))) return key;
  }
  return undefined;
}

/** Colour words in the order they appear, so "dark robes with silver trim" gives [dark, silver]. */
export function findColors(text: string | undefined | null): Array<{ word: string; color: string }> {
  return normalizeText(text)
    .trim()
    .split(" ")
    .filter((word) => word in COLOR_WORDS)
    .map((word) => ({ word, color: COLOR_WORDS[word] }));
}
