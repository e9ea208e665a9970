import { encounterMultiplier, partyBudget, XP_BY_CR, XP_THRESHOLDS } from "@/lib/random/encounter-tables";
import { generateEncounter } from "@/lib/random/encounter";
import { MONSTERS } from "@/lib/random/monsters";
import { ENVIRONMENTS } from "@/lib/schemas/random-vocabulary";
import { encounterTreasure, treasureTier } from "@/lib/random/treasure";
import { createRng } from "@/lib/rng";

describe("DMG encounter tables", () => {
  test("XP thresholds match the DMG at a few levels", () => {
    expect(XP_THRESHOLDS[1]).toEqual([25, 50, 75, 100]);
    expect(XP_THRESHOLDS[5]).toEqual([250, 500, 750, 1100]);
    expect(XP_THRESHOLDS[10]).toEqual([600, 1200, 1900, 2800]);
    expect(XP_THRESHOLDS[17]).toEqual([2000, 3900, 5900, 8800]);
    expect(XP_THRESHOLDS[20]).toEqual([2800, 5700, 8500, 12700]);
    expect(Object.keys(XP_THRESHOLDS)).toHaveLength(20);
    expect(partyBudget(3, 4, "hard")).toBe(900);
  });

  test("XP by CR", () => {
    expect([
      XP_BY_CR["0"],
      XP_BY_CR["1/8"],
      XP_BY_CR["1/4"],
      XP_BY_CR["1/2"],
      XP_BY_CR["1"],
      XP_BY_CR["5"],
      XP_BY_CR["10"],
      XP_BY_CR["20"],
    ]).toEqual([10, 25, 50, 100, 200, 1800, 5900, 25000]);
    for (const monster of MONSTERS) expect(XP_BY_CR[monster.cr]).toBeGreaterThan(0);
  });

  test("the encounter multiplier by number of monsters, shifted for small and large parties", () => {
    expect([1, 2, 3, 6, 7, 10, 11, 14, 15, 20].map((n) => encounterMultiplier(n))).toEqual([
      1, 1.5, 2, 2, 2.5, 2.5, 3, 3, 4, 4,
    ]);
    expect(encounterMultiplier(1, 2)).toBe(1.5);
    expect(encounterMultiplier(15, 1)).toBe(5);
    expect(encounterMultiplier(1, 6)).toBe(0.5);
    expect(encounterMultiplier(3, 7)).toBe(1.5);
  });

  test("every environment has monsters from CR 0–1 upwards", () => {
    for (const env of ENVIRONMENTS)
      expect(MONSTERS.some((m) => m.environments.includes(env) && ["0", "1/8", "1/4", "1/2", "1"].includes(m.cr))).toBe(
        true,
      );
  });
});

describe("generateEncounter", () => {
  test("adjusted XP = base XP × multiplier and never exceeds the budget, at every level, size and difficulty", () => {
    for (let level = 1; level <= 20; level++) {
      for (const partySize of [1, 3, 4, 6]) {
        for (const difficulty of ["easy", "medium", "hard", "deadly"] as const) {
          const e = generateEncounter({ partyLevel: level, partySize, difficulty, seed: `s${level}` });
          expect(e.budget).toBe(
            XP_THRESHOLDS[level][["easy", "medium", "hard", "deadly"].indexOf(difficulty)] * partySize,
          );
          expect(e.adjustedXp).toBeLessThanOrEqual(e.budget);
          expect(e.adjustedXp).toBeCloseTo(e.baseXp * e.multiplier);
          expect(e.baseXp).toBe(e.monsters.reduce((sum, m) => sum + m.xp * m.count, 0));
          expect(e.multiplier).toBe(encounterMultiplier(e.monsterCount, partySize));
        }
      }
    }
  });

  test("a hard encounter uses most of its budget and rates above medium", () => {
    const e = generateEncounter({
      partyLevel: 5,
      partySize: 4,
      difficulty: "hard",
      environment: "forest",
      seed: "owl",
    });
    expect(e.thresholds).toEqual({ easy: 1000, medium: 2000, hard: 3000, deadly: 4400 });
    expect(e.adjustedXp).toBeGreaterThanOrEqual(2400);
    expect(["medium", "hard"]).toContain(e.dmgRating);
    for (const m of e.monsters) expect(MONSTERS.find((x) => x.name === m.name)!.environments).toContain("forest");
  });

  test("deterministic for a seed, different for another", () => {
    const input = {
      partyLevel: 8,
      partySize: 5,
      difficulty: "deadly" as const,
      environment: "dungeon" as const,
      seed: "vault",
    };
    expect(generateEncounter(input)).toEqual(generateEncounter(input));
    const others = ["a", "b", "c", "d"].map((seed) => JSON.stringify(generateEncounter({ ...input, seed }).monsters));
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  test("treasure follows the CR tier of the toughest monster", () => {
    expect([0, 4, 5, 10, 11, 16, 17, 30].map(treasureTier)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const low = encounterTreasure([0.25, 0.25], createRng("t"));
    expect(low.tier).toBe("CR 0–4");
    expect(low.coins.gp + low.coins.sp + low.coins.cp + low.coins.ep + low.coins.pp).toBeGreaterThan(0);
    const high = encounterTreasure([17], createRng("t"));
    expect(high.tier).toBe("CR 17+");
    expect(high.coins.gp).toBeGreaterThanOrEqual(1000);
  });
});
