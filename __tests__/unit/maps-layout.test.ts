import { generateLayout } from "@/lib/maps/generate-layout";
import { validateLayout } from "@/lib/maps/validate-layout";
import { DIFFICULTIES, MAP_TYPES, type MapLayout } from "@/lib/schemas/map-layout";

const sizes: [number, number][] = [
  [10, 10],
  [40, 40],
  [80, 50],
];

describe("map layouts", () => {
  test.each(MAP_TYPES)("%s: valid at every size and difficulty, deterministic for a seed", (mapType) => {
    for (const [width, height] of sizes)
      for (const difficulty of DIFFICULTIES) {
        const layout = generateLayout({ mapType, difficulty, width, height, seed: "s1" });
        expect(validateLayout(layout)).toEqual([]);
        expect(layout.tiles).toHaveLength(height);
        expect(layout.rooms.length).toBeGreaterThan(0);
        expect(
          layout.rooms.every((r) => r.name && r.purpose && Array.isArray(r.contents) && Array.isArray(r.hazards)),
        ).toBe(true);
      }
    const a = generateLayout({ mapType, difficulty: "medium", width: 30, height: 30, seed: "same" });
    const b = generateLayout({ mapType, difficulty: "medium", width: 30, height: 30, seed: "same" });
    const c = generateLayout({ mapType, difficulty: "medium", width: 30, height: 30, seed: "other" });
    expect(a).toEqual(b);
    expect(c.tiles).not.toEqual(a.tiles);
  });

  test("each type has its own character", () => {
    const of = (mapType: (typeof MAP_TYPES)[number]) =>
      generateLayout({ mapType, difficulty: "medium", width: 40, height: 40, seed: "k" });
    const count = (l: MapLayout, ch: string) => l.tiles.join("").split(ch).length - 1;
    expect(of("dungeon").doors.length).toBeGreaterThan(2);
    expect(of("cave").doors).toHaveLength(0);
    expect(of("tavern").features.some((f) => f.kind === "bar")).toBe(true);
    expect(of("temple").features.some((f) => f.kind === "altar")).toBe(true);
    expect(of("castle").rooms.some((r) => r.purpose === "Great hall")).toBe(true);
    expect(count(of("urban"), "=")).toBeGreaterThan(100);
    expect(count(of("wilderness"), "~")).toBeGreaterThan(20);
    expect(of("wilderness").features.some((f) => f.kind === "tree")).toBe(true);
  });

  test("difficulty shapes hazards and traps", () => {
    const hazards = (difficulty: (typeof DIFFICULTIES)[number]) =>
      ["a", "b", "c", "d"].reduce(
        (n, seed) =>
          n +
          generateLayout({ mapType: "dungeon", difficulty, width: 50, height: 50, seed }).features.filter(
            (f) => f.kind === "trap",
          ).length,
        0,
      );
    expect(hazards("deadly")).toBeGreaterThan(hazards("easy") * 2);
  });

  test("the validator finds rooms outside, unreachable rooms and dangling doors", () => {
    const layout = generateLayout({ mapType: "tavern", difficulty: "easy", width: 20, height: 20, seed: "v" });
    const broken: MapLayout = {
      ...layout,
      rooms: [
        ...layout.rooms,
        { id: 99, name: "Void", purpose: "x", x: 18, y: 18, w: 5, h: 5, contents: [], hazards: [] },
        { id: 98, name: "Sealed", purpose: "x", x: 0, y: 0, w: 1, h: 1, contents: [], hazards: [] },
      ],
      doors: [...layout.doors, { x: 0, y: 1, side: "h", kind: "door", state: "closed" }],
    };
    broken.tiles = [...layout.tiles];
    broken.tiles[0] = "#" + broken.tiles[0].slice(1);
    const codes = validateLayout(broken).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["OUTSIDE", "UNREACHABLE", "DOOR_NOT_ON_WALL"]));
  });
});
