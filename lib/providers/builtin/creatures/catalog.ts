import { COLOR_WORDS, normalizeText, type SettingKey, type Vocabulary } from "../lexicon";
import { mix, shade } from "../palette";
import type { Rng } from "@/lib/rng";
import { hue, type Hue } from "./paint";

/**
 * Which creature a request names, from its words or its creature type ("undead", "fiend"...), and
 * the colours and setting each is drawn with. Table order decides ties: "giant spider" is a
 * spider, "fire giant" a giant, "fire elemental" an elemental; a half-orc is a person, not an orc.
 */
export type CreatureKey =
  | "dragon"
  | "goblin"
  | "hobgoblin"
  | "bugbear"
  | "orc"
  | "skeleton"
  | "zombie"
  | "ghost"
  | "wolf"
  | "bear"
  | "spider"
  | "rat"
  | "giant"
  | "elemental"
  | "ooze"
  | "fiend"
  | "aberration";

export const CREATURES: Vocabulary<CreatureKey> = [
  ["bugbear", ["bugbear", "bugbears"]],
  ["hobgoblin", ["hobgoblin", "hobgoblins"]],
  ["goblin", ["goblin", "goblins", "goblinoid", "goblinoids", "kobold", "kobolds"]],
  ["elemental", ["elemental", "elementals", "salamander", "magma mephit", "djinni", "efreeti"]],
  [
    "aberration",
    ["beholder", "eye tyrant", "spectator", "mind flayer", "illithid", "aberration", "aberrations", "tentacled horror"],
  ],
  ["ooze", ["ooze", "oozes", "slime", "pudding", "black pudding", "gelatinous cube", "jelly", "ochre jelly"]],
  [
    "fiend",
    [
      "demon",
      "demons",
      "devil",
      "devils",
      "fiend",
      "fiends",
      "imp",
      "balor",
      "pit fiend",
      "hellspawn",
      "vrock",
      "hezrou",
    ],
  ],
  ["spider", ["spider", "spiders", "arachnid", "phase spider", "drider"]],
  ["rat", ["rat", "rats", "wererat", "ratfolk"]],
  [
    "wolf",
    ["wolf", "wolves", "worg", "worgs", "warg", "wargs", "werewolf", "dire wolf", "winter wolf", "hound", "hell hound"],
  ],
  ["bear", ["bear", "bears", "owlbear", "grizzly", "werebear"]],
  ["dragon", ["dragon", "dragons", "wyrm", "wyrmling", "drake", "wyvern", "dracolich"]],
  ["skeleton", ["skeleton", "skeletons", "skeletal", "lich", "bone knight", "death knight"]],
  ["zombie", ["zombie", "zombies", "ghoul", "ghouls", "ghast", "mummy", "revenant", "undead", "risen dead"]],
  [
    "ghost",
    [
      "ghost",
      "ghosts",
      "specter",
      "spectre",
      "wraith",
      "wraiths",
      "spirit",
      "phantom",
      "banshee",
      "poltergeist",
      "haunt",
      "apparition",
      "wisp",
    ],
  ],
  [
    "giant",
    ["giant", "giants", "ogre", "ogres", "troll", "trolls", "cyclops", "ettin", "titan", "fomorian", "giant type"],
  ],
  ["orc", ["orc", "orcs", "orog", "uruk", "orc warchief", "war chief"]],
];

/** A creature type alone ("a beast", "an undead thing") picks that family's first creature. */
const TYPES: Vocabulary<CreatureKey> = [
  ["wolf", ["beast", "beasts"]],
  ["spider", ["monstrosity", "monstrosities", "vermin"]],
  ["goblin", ["humanoid monster"]],
];

const PERSON_RACES =
  / (half orc|halforc|elf|elves|dwarf|dwarves|halfling|gnome|human|tiefling|dragonborn|aasimar|goliath|genasi|firbolg) /;
const COMPANION = / (companion|familiar|pet|riding|mount|beside|with (a|an|her|his|their) (pet|loyal)) /;

function findIn(t: string, table: Vocabulary<CreatureKey>): CreatureKey | undefined {
  for (const [key, words] of table) if (words.some((word) => t.includes(` ${word} `))) return key;
  return undefined;
}

/**
 * The creature a request asks for, or undefined for a person or a scene. Monstrous humanoids win
 * over class words ("goblin archer" is a goblin); a beast beside a person is their companion.
 */
export function findCreature(text: string): CreatureKey | undefined {
  const t = normalizeText(text).replace(/ half orc | halforc /g, " half-orc ");
  const key = findIn(t, CREATURES) ?? findIn(t, TYPES);
  if (!key) return undefined;
  const personWithBeast = PERSON_RACES.test(t) || COMPANION.test(t);
  if (personWithBeast && !["goblin", "hobgoblin", "bugbear", "orc"].includes(key)) return undefined;
  return key;
}

type Look = { palettes: Array<[body: string, eye: string, accent?: string]>; settings: SettingKey[] };

const LOOKS: Record<CreatureKey, Look> = {
  dragon: {
    palettes: [
      ["#b3261e", "#ffd23a", "#ff8a1a"],
      ["#2f5fb3", "#e8f4ff", "#8fd0ff"],
      ["#2f7a3a", "#f2e14a", "#a8e05a"],
      ["#2a2a30", "#e84a2a", "#7aff6a"],
    ],
    settings: ["mountain", "volcano", "cave"],
  },
  goblin: {
    palettes: [
      ["#7fa04a", "#ffd84a", "#6a4a2a"],
      ["#9aa84a", "#ff6a3a", "#4a3a2a"],
      ["#6a8a5a", "#f2f25a", "#3a4a2a"],
    ],
    settings: ["forest", "cave", "swamp"],
  },
  hobgoblin: {
    palettes: [
      ["#c8642e", "#ffd84a", "#7a1a14"],
      ["#b0502a", "#f2e6a0", "#3a3a5a"],
    ],
    settings: ["castle", "mountain", "dungeon"],
  },
  bugbear: {
    palettes: [
      ["#8a5a2e", "#ffcc3a", "#4a3018"],
      ["#6a4a2e", "#ff8a3a", "#3a2818"],
      ["#9a7040", "#f2e05a", "#5a3a20"],
    ],
    settings: ["cave", "forest", "dungeon"],
  },
  orc: {
    palettes: [
      ["#7a8a5a", "#ff3a2a", "#5a3a22"],
      ["#8a9a7a", "#ffb02a", "#4a2a1a"],
      ["#6a7a4a", "#ff5a2a", "#3a2a1a"],
    ],
    settings: ["mountain", "forest", "night"],
  },
  skeleton: {
    palettes: [
      ["#e9e1c8", "#6ad8ff"],
      ["#e9e1c8", "#ff4a2a"],
      ["#e9e1c8", "#8aff6a"],
    ],
    settings: ["dungeon", "cave", "night"],
  },
  zombie: {
    palettes: [
      ["#8a9a7a", "#d8e86a"],
      ["#9a9a8a", "#ff5a3a"],
      ["#7a8a8a", "#c8e0ff"],
    ],
    settings: ["swamp", "night", "dungeon"],
  },
  ghost: {
    palettes: [
      ["#9ad8ff", "#e8fbff"],
      ["#b0f0d0", "#f0fff8"],
      ["#c8b8ff", "#fff0ff"],
    ],
    settings: ["night", "castle", "swamp"],
  },
  wolf: {
    palettes: [
      ["#7a7a80", "#ffcc3a", "#5a5a60"],
      ["#d8dce4", "#6ac8ff", "#9aa0ac"],
      ["#5a4a3a", "#ffd84a", "#3a2a1a"],
    ],
    settings: ["forest", "snow", "night"],
  },
  bear: {
    palettes: [
      ["#6a4a2e", "#1a1210"],
      ["#2a2420", "#3a2a1a"],
      ["#e8e4dc", "#1a1a1a"],
    ],
    settings: ["forest", "mountain", "snow"],
  },
  spider: {
    palettes: [
      ["#3a3038", "#ff3a3a", "#c8201a"],
      ["#4a3a2a", "#ffd84a", "#8a6a2a"],
      ["#2a2a3a", "#8affc8", "#6a4ac8"],
    ],
    settings: ["cave", "forest", "dungeon"],
  },
  rat: {
    palettes: [
      ["#6a5a4e", "#ff3a2a"],
      ["#4a4440", "#ff8a2a"],
      ["#8a7a6a", "#ff2a4a"],
    ],
    settings: ["dungeon", "city", "cave"],
  },
  giant: {
    palettes: [
      ["#c89a78", "#f2e6b0", "#6a4a2a"],
      ["#a8c0d8", "#9fdcff", "#3a5a7a"],
      ["#6a4a3a", "#ffb02a", "#8a2a1a"],
    ],
    settings: ["mountain", "snow", "meadow"],
  },
  elemental: { palettes: [["#ff8a1a", "#ffffff"]], settings: ["volcano", "sea", "cave", "mountain"] },
  ooze: {
    palettes: [
      ["#6ac83a", "#ffffff"],
      ["#2a2430", "#ffffff"],
      ["#5ac8c8", "#ffffff"],
      ["#c8a83a", "#ffffff"],
    ],
    settings: ["dungeon", "cave", "swamp"],
  },
  fiend: {
    palettes: [
      ["#b82a1e", "#ffd23a"],
      ["#8a1a3a", "#ff8a2a"],
      ["#5a2a6a", "#ffe24a"],
    ],
    settings: ["volcano", "arcane", "dungeon"],
  },
  aberration: {
    palettes: [
      ["#8a4a8a", "#ff3a2a", "#3a2a5a"],
      ["#6a5a9a", "#ffd84a", "#2a2a4a"],
      ["#5a8a6a", "#ff6a2a", "#3a2a3a"],
    ],
    settings: ["cave", "arcane", "dungeon"],
  },
};

/** A colour word just before the creature's name ("young red dragon", "black pudding"). */
function colourWordFor(key: CreatureKey, text: string): string | undefined {
  const words = normalizeText(text).trim().split(" ");
  const names = new Set(
    CREATURES.find(([candidate]) => candidate === key)![1]
      .flatMap((name) => name.split(" "))
      .filter((word) => !(word in COLOR_WORDS)),
  );
  const at = words.findIndex((word) => names.has(word));
  if (at < 0) return undefined;
  return words
    .slice(Math.max(0, at - 3), at)
    .reverse()
    .find((word) => word in COLOR_WORDS && !["dark", "forest"].includes(word));
}

/** Colour words tint the body ("red dragon", "black pudding", "white wolf"); otherwise the seed picks. */
export function creatureHue(key: CreatureKey, text: string, rng: Rng): Hue {
  const palettes = LOOKS[key].palettes;
  const t = normalizeText(text);
  // Frost giants are blue-skinned and fire giants coal-dark, whatever the seed.
  const [body, eye, accent] =
    key === "giant" && / (frost|ice|winter) /.test(t)
      ? palettes[1]
      : key === "giant" && / (fire|flame|forge) /.test(t)
        ? palettes[2]
        : rng.pick(palettes);
  const word = colourWordFor(key, text);
  if (word && key !== "skeleton") {
    const tint = COLOR_WORDS[word];
    // The accent stays the palette's (a dragon's breath glow, a spider's marking): only the body takes the colour.
    return hue(key === "ghost" ? mix(tint, "#ffffff", 0.45) : tint, eye, accent ?? shade(tint, 0.3));
  }
  return hue(body, eye, accent);
}

export function creatureSetting(key: CreatureKey, rng: Rng): SettingKey {
  return rng.pick(LOOKS[key].settings);
}
