import type { Rng } from "@/lib/rng";
import type { DescriptionReading, MapType } from "@/lib/schemas/map-layout";

/** What the built-in generators can change from a description. */
export const DESCRIPTION_WORDS = {
  flooded: {
    words: ["flooded", "flood", "drowned", "sunken", "submerged", "waterlogged"],
    effect: "standing water floods the low rooms",
  },
  ruined: {
    words: ["ruined", "ruin", "ruins", "abandoned", "derelict", "crumbling"],
    effect: "broken walls and rubble",
  },
  collapsed: {
    words: ["collapsed", "cave-in", "caved", "fallen", "rockfall"],
    effect: "collapsed passages choked with rubble",
  },
  crypt: {
    words: ["crypt", "tomb", "catacomb", "catacombs", "ossuary", "undead", "necropolis", "burial"],
    effect: "sarcophagi and burial niches",
  },
  forest: { words: ["forest", "woods", "woodland", "grove", "jungle", "trees"], effect: "dense stands of trees" },
  river: { words: ["river", "stream", "creek", "brook"], effect: "a river crosses the map" },
  bridge: { words: ["bridge", "crossing"], effect: "a bridge over the water" },
  lava: { words: ["lava", "magma", "volcanic", "volcano", "molten", "infernal"], effect: "lava flows" },
  ice: { words: ["ice", "icy", "frozen", "glacier", "frost", "snow", "winter"], effect: "slick ice" },
  swamp: { words: ["swamp", "marsh", "bog", "fen", "mire"], effect: "mud and shallow pools" },
  camp: { words: ["camp", "encampment", "campsite", "bandit", "bandits"], effect: "a camp with tents around a fire" },
  shrine: { words: ["shrine", "altar", "chapel", "holy", "sacred"], effect: "a shrine with an altar" },
  library: {
    words: ["library", "books", "archive", "archives", "scriptorium", "study"],
    effect: "bookshelves line a library",
  },
  prison: {
    words: ["prison", "jail", "gaol", "cells", "captive", "captives", "dungeon cells"],
    effect: "barred cells",
  },
  chasm: { words: ["chasm", "abyss", "rift", "ravine", "precipice"], effect: "a chasm splits the ground" },
  treasure: { words: ["treasure", "hoard", "vault", "gold"], effect: "a guarded treasure vault" },
  fungus: { words: ["fungus", "fungal", "mushroom", "mushrooms", "myconid"], effect: "fungus gardens" },
  dark: { words: ["dark", "darkness", "lightless", "pitch-black", "night"], effect: "few lights" },
  market: { words: ["market", "bazaar", "fair", "stalls"], effect: "market stalls on the plaza" },
} as const;
export type DescriptionFlag = keyof typeof DESCRIPTION_WORDS;
export type DescriptionFlags = Partial<Record<DescriptionFlag, true>>;

/** Which words of the description the generators understood, and what they will do about them. */
export function readDescription(description: string | undefined): {
  flags: DescriptionFlags;
  reading: DescriptionReading;
} {
  const text = ` ${(description ?? "").toLowerCase().replace(/[^a-z\s-]/g, " ")} `;
  const flags: DescriptionFlags = {};
  const keywords: string[] = [];
  const effects: string[] = [];
  for (const [flag, { words, effect }] of Object.entries(DESCRIPTION_WORDS) as [
    DescriptionFlag,
    (typeof DESCRIPTION_WORDS)[DescriptionFlag],
  ][]) {
    const hit = words.find((w) => text.includes(` ${w} `) || text.includes(` ${w}s `));
    if (!hit) continue;
    flags[flag] = true;
    keywords.push(hit);
    effects.push(effect);
  }
  return { flags, reading: { keywords, effects } };
}

const ADJECTIVE: Partial<Record<DescriptionFlag, string>> = {
  flooded: "Drowned",
  ruined: "Ruined",
  collapsed: "Fallen",
  lava: "Burning",
  ice: "Frozen",
  swamp: "Sunken",
  dark: "Lightless",
  fungus: "Mouldering",
  chasm: "Broken",
};
const NOUN_BY_FLAG: Partial<Record<MapType, Partial<Record<DescriptionFlag, string>>>> = {
  dungeon: { crypt: "Crypt", prison: "Gaol", library: "Archive", shrine: "Sanctum", treasure: "Vault" },
  cave: {
    lava: "Fire Caves",
    ice: "Ice Caves",
    fungus: "Fungus Grotto",
    crypt: "Bone Caves",
    flooded: "Grotto",
    chasm: "Chasm",
  },
  temple: { crypt: "Temple Crypt", library: "Scriptorium", shrine: "Shrine" },
  castle: { prison: "Keep and Gaol", ruined: "Keep" },
  wilderness: {
    river: "River Crossing",
    bridge: "Bridge",
    camp: "Camp",
    forest: "Woods",
    swamp: "Marsh",
    shrine: "Wayside Shrine",
  },
  urban: { market: "Market Quarter" },
};
const DEFAULT_NOUNS: Record<MapType, readonly string[]> = {
  dungeon: ["Halls", "Vaults", "Warrens", "Undercroft", "Labyrinth"],
  cave: ["Caverns", "Hollows", "Grotto", "Deeps"],
  tavern: ["Inn"],
  temple: ["Temple", "Abbey", "Cathedral", "Chantry"],
  castle: ["Keep", "Castle", "Citadel", "Hold"],
  urban: ["Quarter", "Lanes", "Ward", "Crossroads"],
  wilderness: ["Wilds", "Crossing", "Vale", "Glade"],
};
const DEFAULT_ADJECTIVES = ["Forgotten", "Silent", "Black", "Hollow", "Whispering", "Old", "Grey", "Shattered", "Lost"];
const TAVERN_COLOURS = ["Gilded", "Prancing", "Crooked", "Drunken", "Sleeping", "Laughing", "Silver", "Rusty", "Green"];
const TAVERN_BEASTS = ["Stag", "Pony", "Griffin", "Goose", "Dragon", "Boar", "Mermaid", "Owl", "Hound", "Kettle"];

/** A name from the content ("The Drowned Crypt", "The Gilded Stag"), stable for a seed. */
export function mapTitle(mapType: MapType, flags: DescriptionFlags, rng: Rng): string {
  const flagList = Object.keys(flags) as DescriptionFlag[];
  if (mapType === "tavern") {
    const name = `The ${rng.pick(TAVERN_COLOURS)} ${rng.pick(TAVERN_BEASTS)}`;
    return flags.ruined ? `${name} (in ruins)` : name;
  }
  const nounFlag = flagList.find((f) => NOUN_BY_FLAG[mapType]?.[f]);
  const noun = nounFlag ? NOUN_BY_FLAG[mapType]![nounFlag]! : rng.pick(DEFAULT_NOUNS[mapType]);
  // The adjective comes from another word than the noun ("The Drowned Crypt", not "The Burning Fire Caves").
  const adjective =
    flagList
      .filter((f) => f !== nounFlag)
      .map((f) => ADJECTIVE[f])
      .find(Boolean) ?? rng.pick(DEFAULT_ADJECTIVES);
  return `The ${adjective} ${noun}`;
}
