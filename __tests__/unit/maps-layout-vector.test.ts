import { generateLayout } from "@/lib/maps/generate-layout";
import { buildGeometry } from "@/lib/maps/geometry";
import { DESCRIPTION_WORDS, readDescription } from "@/lib/maps/read-description";
import { MAP_TYPES, type MapType } from "@/lib/schemas/map-layout";
import { floorProblems, validateLayout } from "@/lib/maps/validate-layout";

describe("vector map layouts", () => {
  test.each(MAP_TYPES)(
    "%s: every floor valid over many seeds and sizes (openings on walls, nothing outside)",
    (mapType) => {
      for (const [width, height] of [
        [12, 12],
        [25, 33],
        [40, 40],
        [60, 45],
      ])
        for (const seed of ["a", "b", "c", "d"]) {
          // Half the runs with every word the description reader knows.
          const description =
            seed < "c"
              ? ""
              : Object.values(DESCRIPTION_WORDS)
                  .map((w) => w.words[0])
                  .join(" ");
          const layout = generateLayout({ mapType, difficulty: "hard", width, height, seed, description });
          expect(validateLayout(layout)).toEqual([]);
          for (const floor of layout.floors!) expect(floorProblems(floor, width, height)).toEqual([]);
          if (mapType !== "wilderness") expect(buildGeometry(layout).walls.length).toBeGreaterThan(0);
        }
    },
  );

  test("a tavern has an upper floor reached by stairs, windows and at most a couple of traps", () => {
    const layout = generateLayout({ mapType: "tavern", difficulty: "deadly", width: 40, height: 40, seed: "inn" });
    expect(layout.floors!.length).toBe(2);
    expect(layout.floors![0].stairs.some((s) => s.toFloor === 1)).toBe(true);
    expect(layout.floors![0].windows.length).toBeGreaterThan(4);
    expect(layout.floors!.reduce((n, f) => n + f.traps.length, 0)).toBeLessThanOrEqual(2);
    expect(
      layout.floors![0].traps.every((t) => layout.rooms.find((r) => r.id === t.roomId)?.purpose !== "Common room"),
    ).toBe(true);
  });

  test("cave walls are smoothed polylines, not one wall per square edge", () => {
    const geometry = buildGeometry(
      generateLayout({ mapType: "cave", difficulty: "medium", width: 40, height: 40, seed: "c" }),
    );
    const offGrid = geometry.walls.filter((s) => s.x0 % 1 !== 0 || s.y0 % 1 !== 0).length;
    expect(offGrid / geometry.walls.length).toBeGreaterThan(0.8);
  });

  test.each(Object.keys(DESCRIPTION_WORDS))("the word for %s is read", (flag) => {
    const word = DESCRIPTION_WORDS[flag as keyof typeof DESCRIPTION_WORDS].words[0];
    expect(readDescription(`a ${word} place`).flags).toHaveProperty(flag, true);
  });

  /** Every word the reader knows, on a place where it means something. */
  const WHERE: Record<keyof typeof DESCRIPTION_WORDS, MapType> = {
    flooded: "dungeon",
    ruined: "temple",
    collapsed: "cave",
    crypt: "dungeon",
    forest: "wilderness",
    river: "wilderness",
    bridge: "wilderness",
    lava: "cave",
    ice: "cave",
    swamp: "wilderness",
    camp: "wilderness",
    shrine: "wilderness",
    library: "temple",
    prison: "dungeon",
    chasm: "cave",
    treasure: "castle",
    fungus: "cave",
    dark: "dungeon",
    market: "urban",
  };
  test.each(Object.entries(WHERE))(
    "'%s' changes a %s's layout, and the map's name comes from its content",
    (flag, mapType) => {
      const word = DESCRIPTION_WORDS[flag as keyof typeof DESCRIPTION_WORDS].words[0];
      for (const seed of ["w", "x"]) {
        const plain = generateLayout({
          mapType: mapType as MapType,
          difficulty: "medium",
          width: 40,
          height: 40,
          seed,
        });
        const worded = generateLayout({
          mapType: mapType as MapType,
          difficulty: "medium",
          width: 40,
          height: 40,
          seed,
          description: `the ${word} one`,
        });
        expect(JSON.stringify({ ...worded.floors, rooms: undefined })).not.toEqual(
          JSON.stringify({ ...plain.floors, rooms: undefined }),
        );
        expect(worded.reading?.keywords).toContain(word);
        expect(worded.title).toMatch(/^The /);
      }
    },
  );

  test("names come from the content", () => {
    expect(
      generateLayout({
        mapType: "dungeon",
        difficulty: "medium",
        width: 30,
        height: 30,
        seed: "n",
        description: "a flooded crypt",
      }).title,
    ).toBe("The Drowned Crypt");
    expect(
      generateLayout({
        mapType: "cave",
        difficulty: "medium",
        width: 30,
        height: 30,
        seed: "n",
        description: "lava tubes",
      }).title,
    ).toMatch(/Fire Caves$/);
  });
});
