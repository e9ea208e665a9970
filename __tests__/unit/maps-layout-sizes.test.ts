import { generateLayout } from "@/lib/maps/generate-layout";
import { validateLayout } from "@/lib/maps/validate-layout";
import { MAP_MAX_SQUARES, MAP_MIN_SQUARES } from "@/lib/schemas/map-size-bounds";
import { MAP_TYPES, type MapType } from "@/lib/schemas/map-layout";

/**
 * Every size the form and the API accept must give a valid layout for any seed: a generator that
 * throws is a failed request for the user. The corners of the allowed range, then a grid of
 * widths × heights (small sizes are densest: that is where buildings run out of room) over seeds.
 */
const corners: [number, number][] = [
  [MAP_MIN_SQUARES, MAP_MIN_SQUARES],
  [MAP_MIN_SQUARES, MAP_MAX_SQUARES],
  [MAP_MAX_SQUARES, MAP_MIN_SQUARES],
  [MAP_MAX_SQUARES, MAP_MAX_SQUARES],
];
const sides = [MAP_MIN_SQUARES, 14, 15, 16, 18, 20, 27, 41, MAP_MAX_SQUARES];
const seeds = ["a", "b", "c", "7"];

function problemsAt(mapType: MapType, width: number, height: number, seed: string): string[] {
  try {
    const layout = generateLayout({ mapType, difficulty: "medium", width, height, seed });
    return validateLayout(layout).map((p) => `${mapType} ${width}×${height} ${seed}: ${p.message}`);
  } catch (error) {
    return [`${mapType} ${width}×${height} ${seed}: ${(error as Error).message}`];
  }
}

describe("map layouts at every allowed size", () => {
  test.each(MAP_TYPES)(
    "%s: the corners of the size range, every seed",
    (mapType) => {
      const problems = corners.flatMap(([w, h]) => seeds.flatMap((seed) => problemsAt(mapType, w, h, seed)));
      expect(problems).toEqual([]);
    },
    60_000,
  );

  test.each(MAP_TYPES)(
    "%s: a grid of widths × heights, several seeds",
    (mapType) => {
      const problems = sides.flatMap((w) =>
        sides.flatMap((h) => seeds.flatMap((seed) => problemsAt(mapType, w, h, seed))),
      );
      expect(problems).toEqual([]);
    },
    120_000,
  );

  test("the tavern at 20×16 and 14×14 keeps its upper floor reachable from the stairs", () => {
    for (const [w, h] of [
      [20, 16],
      [14, 14],
      [16, 14],
    ] as const)
      for (const seed of seeds) {
        const layout = generateLayout({ mapType: "tavern", difficulty: "medium", width: w, height: h, seed });
        expect(validateLayout(layout)).toEqual([]);
        const up = layout.floors![0].stairs.find((s) => s.toFloor === 1);
        // The stairs stand inside the building, on its floorboards, not in the yard.
        if (up) expect(layout.floors![0].tiles[up.y][up.x]).toBe("_");
      }
  });
});
