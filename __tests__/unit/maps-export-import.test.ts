// Every map type, many seeds and sizes (the padding-sensitive ones included), read back the way
// Foundry and the Universal Battlemap Importer read them: every wall inside the scene, no
// zero-length or duplicate segment (also after the importer's polyline joining), doors and
// windows on walls, lights on floor, impassable water walled for movement, the same geometry in
// both formats after the offset, and each room's pin inside its room.
import { foundryPaddingOffset } from "@/lib/maps/export/foundry-padding";
import { mapExports, type MapExportSource } from "@/lib/maps/export/map-exports";
import type { VttFloor } from "@/lib/maps/export/vtt-geometry";
import { generateLayout } from "@/lib/maps/generate-layout";
import { isWalkable, TileGrid } from "@/lib/maps/grid";
import { normalizeLayout } from "@/lib/maps/generators/normalize-layout";
import { MAP_TYPES, TERRAIN_BLOCKS_MOVEMENT, type MapType, type TerrainRegion } from "@/lib/schemas/map-layout";
import { importUvtt, type ImportedWall } from "../support/uvtt-importer";

type C = [number, number, number, number];
const segmentKey = (c: number[]) => {
  const [a, b] = [`${c[0]},${c[1]}`, `${c[2]},${c[3]}`].sort();
  return `${a}|${b}`;
};
const crosses = (p: [number, number], q: [number, number], c: number[]) => {
  const d = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
    (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const [x0, y0, x1, y1] = c;
  const d1 = d(x0, y0, x1, y1, p[0], p[1]);
  const d2 = d(x0, y0, x1, y1, q[0], q[1]);
  const d3 = d(p[0], p[1], q[0], q[1], x0, y0);
  const d4 = d(p[0], p[1], q[0], q[1], x1, y1);
  return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 === 0 && d2 === 0);
};

/** Padding-sensitive sizes: where `/ size` and Foundry's `* (1 / size)` disagree. */
function sensitiveSizes(count: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  // One per width, so the cases spread over sizes.
  for (let n = 14; n <= 60 && found.length < count; n += 1) {
    const pps = Array.from({ length: 91 }, (_, i) => 40 + i).find(
      (p) => Math.ceil((0.25 * n * p) / p) !== Math.ceil(0.25 * n * p * (1 / p)),
    );
    if (pps) found.push([n, pps]);
  }
  return found;
}

const SEEDS = ["a", "b", "c", "d"];
const SIZES: Array<{ width: number; height: number; pps: number }> = [
  { width: 30, height: 24, pps: 70 },
  { width: 28, height: 28, pps: 75 },
  ...sensitiveSizes(3).map(([n, pps]) => ({ width: n, height: n, pps })),
  { width: 60, height: 50, pps: 50 },
];

const cases = MAP_TYPES.flatMap((mapType) =>
  SEEDS.flatMap((seed) => SIZES.map((size) => ({ mapType, seed, ...size }))),
);

function exportsOf(mapType: MapType, seed: string, width: number, height: number, pps: number) {
  const layout = generateLayout({ mapType, difficulty: "hard", width, height, seed });
  const source: MapExportSource = {
    id: "6f1c0f5e-3d2a-4b8e-9a7c-5e4d3c2b1a00",
    name: `${mapType} ${seed}`,
    version: 1,
    pixelsPerSquare: pps,
    layout,
  };
  return { layout, exports: mapExports(source) };
}

let waterSteps = 0;
afterAll(() => expect(waterSteps).toBeGreaterThan(100)); // water does get checked (rivers, pools)

describe.each(MAP_TYPES)("%s", (mapType) => {
  const mine = cases.filter((c) => c.mapType === mapType);
  test.each(mine.map((c) => [`${c.seed} ${c.width}×${c.height} @ ${c.pps}`, c] as const))("%s", (_label, c) => {
    const { layout, exports } = exportsOf(c.mapType, c.seed, c.width, c.height, c.pps);
    const vector = normalizeLayout(layout).floors;
    for (const [i, floor] of exports.floors.entries()) {
      const scene = JSON.parse(JSON.stringify(exports.scenes[i].withNotes));
      waterSteps += checkFloor(
        floor,
        vector[i].terrain,
        scene,
        JSON.parse(JSON.stringify(exports.universalVtt(floor, "AAAA"))),
        c.pps,
      );
      checkPins(floor, scene, c.pps);
    }
  });
});

type SceneJson = {
  width: number;
  height: number;
  padding: number;
  grid: { size: number };
  walls: Array<ImportedWall & { flags: { "arcane-forge": { kind: string } }; sound: number }>;
  lights: Array<{ x: number; y: number; config: { dim: number } }>;
  notes: Array<{ x: number; y: number; flags: { "arcane-forge": { roomId?: number } } }>;
};

function checkFloor(
  floor: VttFloor,
  terrain: TerrainRegion[],
  scene: SceneJson,
  uvtt: Parameters<typeof importUvtt>[0],
  pps: number,
): number {
  const pad = foundryPaddingOffset(scene.width, scene.height, scene.grid.size, scene.padding);
  const inside = (c: number[]) =>
    c.every((v, i) => (i % 2 === 0 ? v >= pad.x && v <= pad.x + scene.width : v >= pad.y && v <= pad.y + scene.height));
  const toGrid = (x: number, y: number): [number, number] => [(x - pad.x) / pps, (y - pad.y) / pps];

  // Foundry: integers, inside, no zero-length, no duplicates.
  for (const w of scene.walls) {
    expect(w.c.every(Number.isInteger)).toBe(true);
    expect(inside(w.c)).toBe(true);
    expect(w.c[0] === w.c[2] && w.c[1] === w.c[3]).toBe(false);
  }
  const keys = scene.walls.map((w) => segmentKey(w.c));
  expect(new Set(keys).size).toBe(keys.length);

  // The importer, every way a DM might set it: no zero-length connector, no duplicate, all inside.
  for (const objectWalls of [false, true])
    for (const fidelity of [1, 6]) {
      const imported = importUvtt(uvtt, { objectWalls, fidelity });
      expect(imported.scene.sceneX).toBe(pad.x);
      expect(imported.scene.sceneY).toBe(pad.y);
      const all = [...imported.walls, ...imported.doors];
      expect(all.filter((w) => w.c[0] === w.c[2] && w.c[1] === w.c[3])).toEqual([]);
      const importedKeys = all.map((w) => segmentKey(w.c));
      expect(new Set(importedKeys).size).toBe(importedKeys.length);
      for (const w of all) expect(inside(w.c)).toBe(true);
    }

  // Same geometry in both formats after the offset (at full fidelity the importer keeps every point).
  const kindKeys = (kind: string) =>
    scene.walls
      .filter((w) => w.flags["arcane-forge"].kind === kind)
      .map((w) => segmentKey(w.c))
      .sort();
  const plain = importUvtt(uvtt, { fidelity: 6 });
  expect(plain.walls.map((w) => segmentKey(w.c)).sort()).toEqual(kindKeys("wall"));
  const withObjects = importUvtt(uvtt, { fidelity: 6, objectWalls: true });
  expect(withObjects.walls.length - plain.walls.length).toBe(kindKeys("object").length);
  const doorKinds = scene.walls
    .filter((w) => w.door > 0)
    .map((w) => segmentKey(w.c))
    .sort();
  expect(
    plain.doors
      .filter((d) => d.door === 1)
      .map((d) => segmentKey(d.c))
      .sort(),
  ).toEqual(doorKinds);
  expect(
    plain.doors
      .filter((d) => d.door === 0)
      .map((d) => segmentKey(d.c))
      .sort(),
  ).toEqual(kindKeys("window"));
  for (const d of plain.doors.filter((x) => x.door === 0)) expect(d).toMatchObject({ move: 20, sight: 30, light: 30 });
  // Lights: the same places (Foundry's to the nearest pixel) and radii.
  expect(plain.lights).toHaveLength(scene.lights.length);
  plain.lights.forEach((l, i) => {
    expect(Math.abs(l.x - scene.lights[i].x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(l.y - scene.lights[i].y)).toBeLessThanOrEqual(0.5);
    expect(l.config.dim).toBe(scene.lights[i].config.dim);
  });

  // Doors and windows sit in wall gaps: each end on a wall (its end, or along it at a T) or on the next opening.
  const solid = [
    ...floor.walls.filter((w) => w.kind === "wall" || w.kind === "ledge"),
    ...floor.doors,
    ...floor.walls.filter((w) => w.kind === "window"),
  ];
  const onSegment = (x: number, y: number, s: { x0: number; y0: number; x1: number; y1: number }) =>
    Math.abs((s.x1 - s.x0) * (y - s.y0) - (s.y1 - s.y0) * (x - s.x0)) < 1e-9 &&
    x >= Math.min(s.x0, s.x1) - 1e-9 &&
    x <= Math.max(s.x0, s.x1) + 1e-9 &&
    y >= Math.min(s.y0, s.y1) - 1e-9 &&
    y <= Math.max(s.y0, s.y1) + 1e-9;
  for (const o of [...floor.doors, ...floor.walls.filter((w) => w.kind === "window")])
    for (const [x, y] of [
      [o.x0, o.y0],
      [o.x1, o.y1],
    ])
      expect(solid.some((s) => s !== o && onSegment(x, y, s))).toBe(true);

  // Lights stand on floor.
  const grid = TileGrid.from(floor.tiles);
  for (const l of scene.lights) {
    const [gx, gy] = toGrid(l.x, l.y);
    expect(isWalkable(grid.get(Math.floor(gx), Math.floor(gy)))).toBe(true);
  }

  // Deep water, chasm and lava: stepping from a walkable square's centre into an impassable one's
  // centre, where the drawn region (the vector polygon, smoothed) covers the one and not the
  // other, crosses a movement wall.
  const blocking = scene.walls.filter((w) => w.move === 20);
  const regions = terrain.filter((t) => TERRAIN_BLOCKS_MOVEMENT[t.kind]);
  const within = (x: number, y: number) =>
    regions.some((r) => insidePolygon(x, y, r.polygon) && !(r.holes ?? []).some((h) => insidePolygon(x, y, h)));
  const impassable = new Set(["~", "c", "l"]);
  let steps = 0;
  for (let y = 0; y < grid.height; y++)
    for (let x = 0; x < grid.width; x++) {
      if (!isWalkable(grid.get(x, y)) || within(x + 0.5, y + 0.5)) continue;
      for (const [dx, dy] of [
        [1, 0],
        [0, 1],
        [-1, 0],
        [0, -1],
      ]) {
        if (!impassable.has(grid.get(x + dx, y + dy) ?? "") || !within(x + dx + 0.5, y + dy + 0.5)) continue;
        const from: [number, number] = [pad.x + (x + 0.5) * pps, pad.y + (y + 0.5) * pps];
        const to: [number, number] = [pad.x + (x + dx + 0.5) * pps, pad.y + (y + dy + 0.5) * pps];
        expect(blocking.some((w) => crosses(from, to, w.c))).toBe(true);
        steps++;
      }
    }
  return steps;
}

function insidePolygon(x: number, y: number, polygon: Array<{ x: number; y: number }>) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i], polygon[j]];
    if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

function checkPins(floor: VttFloor, scene: SceneJson, pps: number) {
  const pad = foundryPaddingOffset(scene.width, scene.height, scene.grid.size, scene.padding);
  const grid = TileGrid.from(floor.tiles);
  // Each room's pin is inside its room, on a square a creature can stand on.
  for (const room of floor.rooms) {
    const note = scene.notes.find((n) => n.flags["arcane-forge"].roomId === room.id);
    expect(note).toBeDefined();
    const [gx, gy] = [(note!.x - pad.x) / pps, (note!.y - pad.y) / pps];
    expect(isWalkable(grid.get(Math.floor(gx), Math.floor(gy)))).toBe(true);
    expect(gx >= room.box.x && gx <= room.box.x + room.box.w && gy >= room.box.y && gy <= room.box.y + room.box.h).toBe(
      true,
    );
  }
}

test("the cases include padding-sensitive sizes", () => {
  expect(
    SIZES.filter((s) => Math.ceil((0.25 * s.width * s.pps) / s.pps) !== Math.ceil(0.25 * s.width * s.pps * (1 / s.pps)))
      .length,
  ).toBeGreaterThanOrEqual(3);
});
void ({} as C);
