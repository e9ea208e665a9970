// Foundry places the picture at a padding offset it computes itself; every wall, door, light and
// token of an export must use the same number, for every size the form and the API accept.
import { foundryPaddingOffset } from "@/lib/maps/export/foundry-padding";
import { toFoundryScene } from "@/lib/maps/export/foundry-scene";
import { placeTokensOnScene } from "@/lib/maps/export/placed-tokens";
import type { VttFloor } from "@/lib/maps/export/vtt-geometry";
import {
  generateMapSchema,
  largestPixelsPerSquare,
  MAP_MAX_SQUARES,
  MAP_MIN_PIXELS_PER_SQUARE,
  MAP_MIN_SQUARES,
} from "@/lib/schemas/maps";

/** SquareGrid#calculateDimensions, Foundry v13, as its source writes it (note `* (1 / this.size)`). */
function foundryCalculateDimensions(sceneWidth: number, sceneHeight: number, padding: number, size: number) {
  const x = Math.ceil(padding * sceneWidth * (1 / size)) * size;
  const y = Math.ceil(padding * sceneHeight * (1 / size)) * size;
  return { width: sceneWidth + 2 * x, height: sceneHeight + 2 * y, x, y };
}

/** Every (squares, pixels per square) pair along one side that some map the schema accepts has. */
function allowedPairs(): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let n = MAP_MIN_SQUARES; n <= MAP_MAX_SQUARES; n++)
    for (let pps = MAP_MIN_PIXELS_PER_SQUARE; pps <= largestPixelsPerSquare(n, MAP_MIN_SQUARES); pps++)
      pairs.push([n, pps]);
  return pairs;
}

const floor = (width: number, height: number): VttFloor => ({
  index: 0,
  name: "Ground floor",
  width,
  height,
  tiles: Array.from({ length: height }, () => ".".repeat(width)),
  walls: [
    { x0: 1, y0: 0, x1: 1, y1: height, kind: "wall" },
    { x0: 0, y0: height - 1, x1: width, y1: height - 1, kind: "terrain" },
  ],
  objects: [
    {
      points: [
        { x: 3, y: 3 },
        { x: 4, y: 3 },
        { x: 4, y: 4 },
      ],
      label: "pillar",
    },
  ],
  doors: [{ x0: width - 1, y0: 2, x1: width - 1, y1: 3, kind: "door", state: "closed" }],
  lights: [{ x: width - 2, y: height - 2, brightFeet: 10, dimFeet: 20, color: "#ffaa55", animation: "torch" }],
  rooms: [],
  stairs: [],
});

test("the schema accepts exactly the pairs enumerated here, and they include the padding-sensitive ones", () => {
  const pairs = allowedPairs();
  expect(pairs.length).toBeGreaterThan(8000);
  const sensitive = pairs.filter(
    ([n, pps]) => Math.ceil((0.25 * n * pps) / pps) !== Math.ceil(0.25 * n * pps * (1 / pps)),
  );
  // 28 squares at 75 px: 0.25 × 2100 / 75 = 7 but × (1 / 75) = 7.000000000000001, so Foundry pads 8 squares.
  expect(sensitive).toContainEqual([28, 75]);
  expect(sensitive.length).toBeGreaterThan(50);
  expect(foundryPaddingOffset(28 * 75, 28 * 75, 75)).toEqual({ x: 600, y: 600 });
  for (const [n, pps] of [pairs[0], pairs[pairs.length - 1], [28, 75]])
    expect(
      generateMapSchema.safeParse({ mapType: "cave", width: n, height: MAP_MIN_SQUARES, pixelsPerSquare: pps }).success,
    ).toBe(true);
  expect(
    generateMapSchema.safeParse({
      mapType: "cave",
      width: MAP_MAX_SQUARES,
      height: MAP_MIN_SQUARES,
      pixelsPerSquare: largestPixelsPerSquare(MAP_MAX_SQUARES, MAP_MIN_SQUARES) + 1,
    }).success,
  ).toBe(false);
});

test("for every allowed pair, walls, doors, lights and tokens land on the picture as Foundry offsets it", () => {
  let checked = 0;
  for (const [n, pps] of allowedPairs()) {
    for (const [width, height] of [
      [n, MAP_MIN_SQUARES],
      [MAP_MIN_SQUARES, n],
    ]) {
      const scene = toFoundryScene(floor(width, height), { name: "T", pixelsPerSquare: pps, backgroundSrc: "t.png" });
      const dims = foundryCalculateDimensions(scene.width, scene.height, scene.padding, scene.grid.size);
      const px = (gx: number) => dims.x + gx * pps;
      const py = (gy: number) => dims.y + gy * pps;
      const [wall, terrain] = scene.walls;
      expect(wall.c).toEqual([px(1), py(0), px(1), py(height)]);
      expect(terrain.c).toEqual([px(0), py(height - 1), px(width), py(height - 1)]);
      expect(scene.walls.find((w) => w.door === 1)!.c).toEqual([px(width - 1), py(2), px(width - 1), py(3)]);
      expect(scene.walls.filter((w) => w.sight === 10)[0].c.slice(0, 2)).toEqual([px(3), py(3)]);
      expect([scene.lights[0].x, scene.lights[0].y]).toEqual([
        Math.round(px(width - 1.5)),
        Math.round(py(height - 1.5)),
      ]); // a light at a square centre, to the nearest pixel
      const tiles = Array.from({ length: height }, () => ".".repeat(width));
      const { tokens } = placeTokensOnScene(
        { mapType: "cave", width, height, tiles, rooms: [], doors: [], features: [] },
        [{ name: "A", disposition: "PC", creatureSize: "MEDIUM", gridWidth: 1, gridHeight: 1, textureSrc: "a.webp" }],
        pps,
      );
      expect((tokens[0].x - dims.x) % pps).toBe(0);
      expect((tokens[0].y - dims.y) % pps).toBe(0);
      checked++;
    }
  }
  expect(checked).toBe(allowedPairs().length * 2);
});
