import { toFoundryScene, paddingOffset, WALL_SENSE } from "@/lib/maps/export/foundry-scene";
import { toUniversalVtt } from "@/lib/maps/export/universal-vtt";
import { generateLayout } from "@/lib/maps/generate-layout";
import { buildGeometry } from "@/lib/maps/geometry";
import { TileGrid } from "@/lib/maps/grid";
import { MAP_TYPES } from "@/lib/maps/types";

const PPS = 70;

// Read the exports as an importer would: from the JSON text, not from our own objects.
function exportsFor(mapType: (typeof MAP_TYPES)[number]) {
  const layout = generateLayout({ mapType, difficulty: "hard", width: 36, height: 28, seed: "export" });
  const geometry = buildGeometry(layout);
  const scene = JSON.parse(JSON.stringify(toFoundryScene(geometry, { name: "T", pixelsPerSquare: PPS, backgroundSrc: "maps/t.png" })));
  const uvtt = JSON.parse(JSON.stringify(toUniversalVtt(geometry, { pixelsPerSquare: PPS, imageBase64: "AAAA" })));
  return { layout, scene, uvtt };
}

describe.each(MAP_TYPES)("%s exports", (mapType) => {
  const { layout, scene, uvtt } = exportsFor(mapType);
  const pad = paddingOffset(scene.width, scene.height, PPS);

  test("Foundry scene header: size, padding, square grid of 5 ft", () => {
    expect(scene.width).toBe(36 * PPS);
    expect(scene.height).toBe(28 * PPS);
    expect(scene.padding).toBe(0.25);
    expect(scene.grid).toMatchObject({ type: 1, size: PPS, distance: 5, units: "ft" });
    expect(scene.background.src).toBe("maps/t.png");
    expect(pad).toEqual({ x: Math.ceil((0.25 * 36 * PPS) / PPS) * PPS, y: Math.ceil((0.25 * 28 * PPS) / PPS) * PPS });
  });

  test("every wall is integer, inside the scene rectangle after the padding offset, with real sense values", () => {
    for (const wall of scene.walls) {
      const [x0, y0, x1, y1] = wall.c;
      for (const v of wall.c) expect(Number.isInteger(v)).toBe(true);
      for (const x of [x0, x1]) expect(x >= pad.x && x <= pad.x + scene.width).toBe(true);
      for (const y of [y0, y1]) expect(y >= pad.y && y <= pad.y + scene.height).toBe(true);
      expect(x0 === x1 || y0 === y1).toBe(true);
      expect(Object.values(WALL_SENSE)).toEqual(expect.arrayContaining([wall.move, wall.sight, wall.light, wall.sound]));
      expect([0, 1, 2]).toContain(wall.door);
      expect([0, 1, 2]).toContain(wall.ds);
    }
  });

  test("doors only where the layout has doors; secret doors are door 2", () => {
    const doors = scene.walls.filter((w: { door: number }) => w.door > 0);
    expect(doors).toHaveLength(layout.doors.length);
    const key = (c: number[]) => c.join(",");
    const expected = layout.doors.map((d) => key([pad.x + d.x * PPS, pad.y + d.y * PPS, pad.x + (d.side === "h" ? d.x + 1 : d.x) * PPS, pad.y + (d.side === "v" ? d.y + 1 : d.y) * PPS]));
    expect(doors.map((w: { c: number[] }) => key(w.c)).sort()).toEqual(expected.sort());
    expect(doors.filter((w: { door: number }) => w.door === 2)).toHaveLength(layout.doors.filter((d) => d.kind === "secret").length);
  });

  test("walls match the picture: each plain wall edge separates solid from open squares", () => {
    const grid = TileGrid.from(layout.tiles);
    for (const wall of scene.walls.filter((w: { door: number }) => w.door === 0)) {
      const [x0, y0, x1, y1] = wall.c.map((v: number, i: number) => (v - (i % 2 === 0 ? pad.x : pad.y)) / PPS);
      if (y0 === y1) for (let x = x0; x < x1; x++) expect(grid.get(x, y0 - 1) === "#").not.toBe(grid.get(x, y0) === "#");
      else for (let y = y0; y < y1; y++) expect(grid.get(x0 - 1, y) === "#").not.toBe(grid.get(x0, y) === "#");
    }
  });

  test("Foundry walls and .dd2vtt line_of_sight + portals describe the same segments", () => {
    const toGrid = (c: number[]) => [(c[0] - pad.x) / PPS, (c[1] - pad.y) / PPS, (c[2] - pad.x) / PPS, (c[3] - pad.y) / PPS].join(",");
    const foundryWalls = scene.walls.filter((w: { door: number }) => w.door === 0).map((w: { c: number[] }) => toGrid(w.c)).sort();
    const uvttWalls = uvtt.line_of_sight.map((line: { x: number; y: number }[]) => [line[0].x, line[0].y, line[1].x, line[1].y].join(",")).sort();
    expect(uvttWalls).toEqual(foundryWalls);
    const foundryDoors = scene.walls.filter((w: { door: number }) => w.door > 0).map((w: { c: number[] }) => toGrid(w.c)).sort();
    const portals = uvtt.portals.map((p: { bounds: { x: number; y: number }[] }) => [p.bounds[0].x, p.bounds[0].y, p.bounds[1].x, p.bounds[1].y].join(",")).sort();
    expect(portals).toEqual(foundryDoors);
    expect(uvtt.resolution).toEqual({ map_origin: { x: 0, y: 0 }, map_size: { x: 36, y: 28 }, pixels_per_grid: PPS });
    expect(uvtt.portals.every((p: { closed: boolean; freestanding: boolean }) => typeof p.closed === "boolean" && p.freestanding === false)).toBe(true);
  });

  test("lights inside the map in both formats, radii in feet for Foundry", () => {
    expect(scene.lights).toHaveLength(layout.lights.length);
    for (const light of scene.lights) {
      expect(light.x > pad.x && light.x < pad.x + scene.width && light.y > pad.y && light.y < pad.y + scene.height).toBe(true);
      expect(light.config.dim).toBeGreaterThan(light.config.bright);
      expect(light.config.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
    for (const l of uvtt.lights) expect(l.position.x > 0 && l.position.x < 36 && l.position.y > 0 && l.position.y < 28).toBe(true);
  });
});
