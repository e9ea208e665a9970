import type { Rng } from "@/lib/rng";
import type { Difficulty, MapType } from "@/lib/schemas/map-layout";

/**
 * Names and purposes per map type, in the order the largest rooms get them. Long enough that a
 * big building does not repeat "Common room" in its key (names cycle only past the list's end).
 */
export const ROOM_PURPOSES: Record<MapType, readonly string[]> = {
  dungeon: [
    "Guard post",
    "Barracks",
    "Shrine",
    "Storeroom",
    "Prison cells",
    "Treasure vault",
    "Workshop",
    "Crypt",
    "Well room",
    "Lair",
  ],
  cave: [
    "Entrance grotto",
    "Fungus garden",
    "Underground pool",
    "Bat roost",
    "Crystal chamber",
    "Lair",
    "Collapsed gallery",
    "Echoing hall",
  ],
  tavern: [
    "Common room",
    "Bar and kitchen",
    "Private dining room",
    "Guest room",
    "Storeroom",
    "Guest room",
    "Cellar stairs",
    "Innkeeper's quarters",
    "Snug",
    "Brewhouse",
    "Guest room",
    "Linen store",
    "Servants' room",
  ],
  temple: [
    "Nave",
    "Sanctum",
    "Vestry",
    "Reliquary",
    "Cloister",
    "Priest's cell",
    "Crypt stairs",
    "Scriptorium",
    "Refectory",
    "Ossuary",
    "Bell tower stairs",
    "Novices' dormitory",
  ],
  castle: [
    "Great hall",
    "Barracks",
    "Armory",
    "Kitchen",
    "Chapel",
    "Lord's chamber",
    "Guard room",
    "Treasury",
    "Gaol",
    "Solar",
    "Pantry",
    "Well room",
    "Barbican",
    "Servants' hall",
  ],
  urban: [
    "The Gilded Tankard (inn)",
    "Smithy",
    "Apothecary",
    "General store",
    "Town house",
    "Guard house",
    "Tailor",
    "Warehouse",
    "Cartwright",
  ],
  wilderness: ["Forest clearing", "Old campsite", "River ford", "Standing stones", "Hunter's blind", "Rocky outcrop"],
};

const CONTENTS: Record<string, readonly string[]> = {
  "Guard post": ["a table with dice and a half-eaten meal", "a rack of spears", "a signal gong"],
  Barracks: ["straw bunks", "footlockers with personal effects", "a stale-smelling chamber pot"],
  Shrine: ["a defaced idol", "guttering candles", "an offering bowl with 3d6 cp"],
  Storeroom: ["crates of rations", "barrels of lamp oil", "coils of rope"],
  "Prison cells": ["rusted manacles", "a prisoner begging for release", "scratched tally marks"],
  "Treasure vault": ["an iron-bound chest", "a pile of 2d6 × 10 gp", "a gem-studded goblet"],
  "Common room": ["long trestle tables", "a roaring hearth", "a bard's corner"],
  "Bar and kitchen": ["a polished oak bar", "kegs of ale", "a bubbling stew pot"],
  "Guest room": ["a narrow bed", "a washbasin", "a locked travelling trunk"],
  Nave: ["rows of pews", "stained-glass windows", "a pulpit"],
  Sanctum: ["the high altar", "a sacred relic under glass", "incense burners"],
  "Great hall": ["a raised dais with a throne", "banners of the house", "a long feast table"],
  Armory: ["weapon racks", "suits of mail on stands", "a whetstone wheel"],
  Kitchen: ["a great hearth", "hanging hams", "copper pots"],
  Treasury: ["strongboxes", "ledgers", "a scale for weighing coin"],
};
const GENERIC_CONTENTS = [
  "scattered debris",
  "a faded tapestry",
  "old bones",
  "a broken chair",
  "a small coffer (1d4 × 10 gp)",
  "crude graffiti",
  "a sturdy chest",
];

const HAZARDS: Record<Difficulty, readonly string[]> = {
  easy: ["slippery floor (DC 10 Dex save or fall prone)", "loose rubble (difficult terrain)", "a tripwire bell alarm"],
  medium: [
    "pit trap, 10 ft (DC 13 Dex save, 1d6 bludgeoning)",
    "poison needle in a lock (DC 13 Con save, 1d10 poison)",
    "rotten floorboards (DC 12 Dex save)",
  ],
  hard: [
    "spiked pit, 20 ft (DC 15 Dex save, 2d10 piercing)",
    "swinging blade (DC 15 Dex save, 3d8 slashing)",
    "poison gas vent (DC 15 Con save, 4d6 poison)",
  ],
  deadly: [
    "collapsing ceiling (DC 17 Dex save, 6d10 bludgeoning)",
    "fire glyph (DC 17 Dex save, 8d6 fire)",
    "sphere of annihilation trap",
  ],
};

/** Trap and hazard density and how many doors are locked or secret, by difficulty. */
export const DIFFICULTY_SHAPE: Record<
  Difficulty,
  { hazardChance: number; lockedChance: number; secretChance: number; lightChance: number }
> = {
  easy: { hazardChance: 0.15, lockedChance: 0.05, secretChance: 0, lightChance: 0.9 },
  medium: { hazardChance: 0.35, lockedChance: 0.15, secretChance: 0.1, lightChance: 0.7 },
  hard: { hazardChance: 0.55, lockedChance: 0.25, secretChance: 0.15, lightChance: 0.5 },
  deadly: { hazardChance: 0.8, lockedChance: 0.35, secretChance: 0.2, lightChance: 0.35 },
};

export function roomContents(purpose: string, rng: Rng): string[] {
  const base = CONTENTS[purpose] ?? [];
  const extra = rng.pick(GENERIC_CONTENTS);
  return base.length > 0
    ? [...base.slice(0, 2), extra]
    : [extra, rng.pick(GENERIC_CONTENTS)].filter((v, i, a) => a.indexOf(v) === i);
}

export function roomHazards(difficulty: Difficulty, rng: Rng): string[] {
  return rng.chance(DIFFICULTY_SHAPE[difficulty].hazardChance) ? [rng.pick(HAZARDS[difficulty])] : [];
}
