import { ENCOUNTER_DIFFICULTIES, type EncounterDifficulty, type Environment } from "@/lib/schemas/random-vocabulary";
import { crValue, encounterMultiplier, partyBudget, XP_BY_CR } from "./encounter-tables";
import { MONSTERS, type Monster } from "./monsters";
import { createRng } from "@/lib/rng";
import type { RandomEncounterResponse } from "@/lib/schemas/random-response";
import { encounterTreasure } from "./treasure";

export type EncounterInput = {
  partyLevel: number;
  partySize: number;
  difficulty: EncounterDifficulty;
  environment?: Environment;
  seed: string;
};
export type EncounterGroup = { name: string; cr: string; xp: number; count: number; type: string };
/** The response contract of GET /api/generate/random/encounter/{partyLevel}. */
export type Encounter = RandomEncounterResponse;

type Composition = EncounterGroup[];
const MAX_MINIONS = 8;

/** Every "n of one kind" and "a leader with n minions" group, with its adjusted XP. */
function compositions(pool: readonly Monster[], partySize: number) {
  const out: { groups: Composition; adjusted: number }[] = [];
  const group = (monster: Monster, count: number): EncounterGroup => ({
    name: monster.name,
    cr: monster.cr,
    xp: XP_BY_CR[monster.cr],
    count,
    type: monster.type,
  });
  for (const a of pool) {
    for (let n = 1; n <= MAX_MINIONS; n++)
      out.push({ groups: [group(a, n)], adjusted: XP_BY_CR[a.cr] * n * encounterMultiplier(n, partySize) });
    for (const b of pool) {
      if (crValue(b.cr) >= crValue(a.cr)) continue;
      for (let n = 1; n <= MAX_MINIONS - 1; n++) {
        out.push({
          groups: [group(a, 1), group(b, n)],
          adjusted: (XP_BY_CR[a.cr] + XP_BY_CR[b.cr] * n) * encounterMultiplier(n + 1, partySize),
        });
      }
    }
  }
  return out;
}

/**
 * Picks, deterministically for the seed, a group whose adjusted XP fits the budget and reaches at
 * least the next lower threshold (half the easy budget for "easy"), so "hard" is really hard.
 * When the environment has nothing that small, the whole table is used; the adjusted XP never
 * exceeds the budget.
 */
export function generateEncounter(input: EncounterInput): Encounter {
  const rng = createRng(`encounter:${input.seed}`);
  const thresholds = Object.fromEntries(
    ENCOUNTER_DIFFICULTIES.map((d) => [d, partyBudget(input.partyLevel, input.partySize, d)]),
  ) as Record<EncounterDifficulty, number>;
  const budget = thresholds[input.difficulty];
  const index = ENCOUNTER_DIFFICULTIES.indexOf(input.difficulty);
  const floor = index === 0 ? budget / 2 : thresholds[ENCOUNTER_DIFFICULTIES[index - 1]];
  const local = input.environment ? MONSTERS.filter((m) => m.environments.includes(input.environment!)) : MONSTERS;
  let chosen: { groups: Composition; adjusted: number } | undefined;
  search: for (const pool of [local, MONSTERS]) {
    const fitting = compositions(pool, input.partySize).filter((c) => c.adjusted <= budget);
    // Prefer groups that use most of the budget; then anything above the next lower threshold.
    for (const lower of [Math.max(floor, budget * 0.8), floor]) {
      const inBand = fitting.filter((c) => c.adjusted >= lower);
      if (inBand.length === 0) continue;
      // Half the time a single kind of monster, otherwise a leader with minions, so both appear.
      const singles = inBand.filter((c) => c.groups.length === 1);
      const mixed = inBand.filter((c) => c.groups.length > 1);
      chosen = rng.pick(singles.length > 0 && (mixed.length === 0 || rng.chance(0.5)) ? singles : mixed);
      break search;
    }
    chosen ??= fitting.sort((x, y) => y.adjusted - x.adjusted)[0];
  }
  if (!chosen) throw new Error("The monster table has no creature small enough for this budget");
  const monsterCount = chosen.groups.reduce((sum, g) => sum + g.count, 0);
  const baseXp = chosen.groups.reduce((sum, g) => sum + g.xp * g.count, 0);
  const reached = [...ENCOUNTER_DIFFICULTIES].reverse().find((d) => chosen.adjusted >= thresholds[d]);
  const crs = chosen.groups.flatMap((g) => Array<number>(g.count).fill(crValue(g.cr)));
  return {
    seed: input.seed,
    partyLevel: input.partyLevel,
    partySize: input.partySize,
    difficulty: input.difficulty,
    environment: input.environment ?? "any",
    thresholds,
    budget,
    monsters: chosen.groups,
    monsterCount,
    baseXp,
    multiplier: encounterMultiplier(monsterCount, input.partySize),
    adjustedXp: chosen.adjusted,
    dmgRating: reached ?? "trivial",
    budgetUsed: Math.round((chosen.adjusted / budget) * 100) / 100,
    treasure: encounterTreasure(crs, rng.fork("treasure")),
  };
}
