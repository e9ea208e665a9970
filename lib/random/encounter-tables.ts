/**
 * The 5e Dungeon Master's Guide encounter-building numbers (DMG ch. 3, "Creating Encounters").
 * Kept as plain tables so the tests can check them against the book value by value.
 */
import { ENCOUNTER_DIFFICULTIES, type EncounterDifficulty } from "@/lib/schemas/random-vocabulary";

/** XP thresholds per character level 1–20: [easy, medium, hard, deadly]. */
export const XP_THRESHOLDS: Record<number, readonly [number, number, number, number]> = {
  1: [25, 50, 75, 100],
  2: [50, 100, 150, 200],
  3: [75, 150, 225, 400],
  4: [125, 250, 375, 500],
  5: [250, 500, 750, 1100],
  6: [300, 600, 900, 1400],
  7: [350, 750, 1100, 1700],
  8: [450, 900, 1400, 2100],
  9: [550, 1100, 1600, 2400],
  10: [600, 1200, 1900, 2800],
  11: [800, 1600, 2400, 3600],
  12: [1000, 2000, 3000, 4500],
  13: [1100, 2200, 3400, 5100],
  14: [1250, 2500, 3800, 5700],
  15: [1400, 2800, 4300, 6400],
  16: [1600, 3200, 4800, 7200],
  17: [2000, 3900, 5900, 8800],
  18: [2100, 4200, 6300, 9500],
  19: [2400, 4900, 7300, 10900],
  20: [2800, 5700, 8500, 12700],
};

/** XP for killing a monster of a challenge rating (CR written as in the Monster Manual). */
export const XP_BY_CR: Record<string, number> = {
  "0": 10,
  "1/8": 25,
  "1/4": 50,
  "1/2": 100,
  "1": 200,
  "2": 450,
  "3": 700,
  "4": 1100,
  "5": 1800,
  "6": 2300,
  "7": 2900,
  "8": 3900,
  "9": 5000,
  "10": 5900,
  "11": 7200,
  "12": 8400,
  "13": 10000,
  "14": 11500,
  "15": 13000,
  "16": 15000,
  "17": 18000,
  "18": 20000,
  "19": 22000,
  "20": 25000,
  "21": 33000,
  "22": 41000,
  "23": 50000,
  "24": 62000,
  "30": 155000,
};

/** Numeric CR for sorting and treasure tiers ("1/4" → 0.25). */
export const crValue = (cr: string) => (cr.includes("/") ? 1 / Number(cr.split("/")[1]) : Number(cr));

/** The party's XP budget for a difficulty: the sum of every character's threshold. */
export function partyBudget(partyLevel: number, partySize: number, difficulty: EncounterDifficulty): number {
  return XP_THRESHOLDS[partyLevel][ENCOUNTER_DIFFICULTIES.indexOf(difficulty)] * partySize;
}

/**
 * The DMG multiplier steps. Row i covers the monster counts of MULTIPLIER_BY_COUNT; the two extra
 * ends (×0.5 and ×5) are only reached through the party-size shift below.
 */
const MULTIPLIER_STEPS = [0.5, 1, 1.5, 2, 2.5, 3, 4, 5] as const;
const stepForCount = (count: number) =>
  count <= 1 ? 1 : count === 2 ? 2 : count <= 6 ? 3 : count <= 10 ? 4 : count <= 14 ? 5 : 6;

/**
 * The encounter multiplier for a number of monsters: ×1 for one, ×1.5 for two, ×2 for 3–6,
 * ×2.5 for 7–10, ×3 for 11–14, ×4 for 15+. Parties of fewer than three use the next higher
 * step, parties of six or more the next lower (DMG p. 83).
 */
export function encounterMultiplier(monsterCount: number, partySize = 4): number {
  const shift = partySize < 3 ? 1 : partySize >= 6 ? -1 : 0;
  return MULTIPLIER_STEPS[stepForCount(monsterCount) + shift];
}
