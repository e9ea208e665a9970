import { generateNpc } from "@/lib/random/npc";
import { namePartsFor } from "@/lib/random/npc-names";
import { NPC_RACES } from "@/lib/schemas/random-vocabulary";
import { IDEALS, PERSONALITIES } from "@/lib/random/npc-traits";

describe("generateNpc", () => {
  test("deterministic for a seed", () => {
    expect(generateNpc({ seed: "innkeeper" })).toEqual(generateNpc({ seed: "innkeeper" }));
    const names = new Set(["a", "b", "c", "d", "e", "f"].map((seed) => generateNpc({ seed, race: "elf" }).name));
    expect(names.size).toBeGreaterThan(3);
  });

  test("the name is built from the race's own name parts", () => {
    for (const race of NPC_RACES) {
      for (const seed of ["1", "2", "3"]) {
        const npc = generateNpc({ seed, race });
        const parts = namePartsFor(race);
        const first = npc.name.split(" ")[0];
        expect(parts.starts.some((start) => first.startsWith(start))).toBe(true);
        expect(parts.ends.some((end) => first.endsWith(end))).toBe(true);
        if (parts.family) expect(parts.family.some((family) => npc.name.endsWith(family))).toBe(true);
      }
    }
  });

  test("fixed race, class, personality and alignment are honoured; ideal follows the alignment", () => {
    const npc = generateNpc({ seed: "x", race: "half-orc", class: "paladin", personality: "gruff", alignment: "LE" });
    expect(npc).toMatchObject({
      race: "half-orc",
      class: "paladin",
      personality: "gruff",
      alignment: { code: "LE", name: "lawful evil" },
    });
    expect(npc.traits).toEqual(PERSONALITIES.gruff);
    expect(IDEALS.evil).toContain(npc.ideal);
    expect(npc.appearance).toMatch(/half-orc paladin/);
    expect(npc.hook).toContain(npc.name.split(" ")[0]);
    expect(npc.bond).toMatch(/^Bond: /);
    expect(npc.flaw).toMatch(/^Flaw: /);
  });

  test("fixing the race does not reshuffle the other rolls", () => {
    const free = generateNpc({ seed: "same" });
    const fixed = generateNpc({ seed: "same", race: free.race === "elf" ? "dwarf" : "elf" });
    expect([fixed.flaw, fixed.bond, fixed.class]).toEqual([free.flaw, free.bond, free.class]);
  });
});
