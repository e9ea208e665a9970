import { generateLayout } from "@/lib/maps/generate-layout";
import { buildGeometry } from "@/lib/maps/geometry";
import { DESCRIPTION_WORDS, readDescription } from "@/lib/maps/read-description";
import { MAP_TYPES } from "@/lib/schemas/map-layout";
import { floorProblems, validateLayout } from "@/lib/maps/validate-layout";

describe("vector map layouts", () => {
  test.each(MAP_TYPES)("%s: every floor valid over many seeds and sizes (openings on walls, nothing outside)", (mapType) => {
    for (const [width, height] of [[12, 12], [25, 33], [40, 40], [60, 45]])
      for (const seed of ["a", "b", "c", "d"]) {
        const layout = generateLayout({ mapType, difficulty: "hard", width, height, seed });
        expect(validateLayout(layout)).toEqual([]);
        for (const floor of layout.floors!) expect(floorProblems(floor, width, height)).toEqual([]);
        if (mapType !== "wilderness") expect(buildGeometry(layout).walls.length).toBeGreaterThan(0);
      }
  });

  test("a tavern has an upper floor reached by stairs, windows and at most a couple of traps", () => {
    const layout = generateLayout({ mapType: "tavern", difficulty: "deadly", width: 40, height: 40, seed: "inn" });
    expect(layout.floors!.length).toBe(2);
    expect(layout.floors![0].stairs.some((s) => s.toFloor === 1)).toBe(true);
    expect(layout.floors![0].windows.length).toBeGreaterThan(4);
    expect(layout.floors!.reduce((n, f) => n + f.traps.length, 0)).toBeLessThanOrEqual(2);
    expect(layout.floors![0].traps.every((t) => layout.rooms.find((r) => r.id === t.roomId)?.purpose !== "Common room")).toBe(true);
  });

  test("cave walls are smoothed polylines, not one wall per square edge", () => {
    const geometry = buildGeometry(generateLayout({ mapType: "cave", difficulty: "medium", width: 40, height: 40, seed: "c" }));
    const offGrid = geometry.walls.filter((s) => s.x0 % 1 !== 0 || s.y0 % 1 !== 0).length;
    expect(offGrid / geometry.walls.length).toBeGreaterThan(0.8);
  });

  test.each(Object.keys(DESCRIPTION_WORDS))("the word for %s is read", (flag) => {
    const word = DESCRIPTION_WORDS[flag as keyof typeof DESCRIPTION_WORDS].words[0];
    expect(readDescription(`a ${word} place`).flags).toHaveProperty(flag, true);
  });

  test.each([["dungeon", "flooded"], ["dungeon", "crypt"], ["cave", "lava"], ["wilderness", "bridge"], ["wilderness", "camp"], ["temple", "ruined"], ["castle", "treasure"], ["cave", "ice"]] as const)("%s: '%s' changes the layout and the name", (mapType, word) => {
    const plain = generateLayout({ mapType, difficulty: "medium", width: 40, height: 40, seed: "w" });
    const worded = generateLayout({ mapType, difficulty: "medium", width: 40, height: 40, seed: "w", description: `the ${word} one` });
    expect(JSON.stringify(worded.floors)).not.toEqual(JSON.stringify(plain.floors));
    expect(worded.reading?.keywords).toContain(word);
    expect(worded.title).toMatch(/^The /);
  });
});
