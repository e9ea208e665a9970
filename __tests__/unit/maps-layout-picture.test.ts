import sharp from "sharp";
import { generateLayout } from "@/lib/maps/generate-layout";
import { wallSegments } from "@/lib/maps/geometry";
import { distanceToSegment } from "@/lib/maps/generators/trace";
import { isWalkable } from "@/lib/maps/grid";
import { mapSvg } from "@/lib/maps/render/map-svg";
import { INK_WALL, WALL_LOOK } from "@/lib/maps/render/walls-svg";
import type { MapType, Point, WallKind } from "@/lib/schemas/map-layout";

const PPS = 40;
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** The colour at the centre of a wall's stroke: its core for built walls, its line for natural ones, black ink. */
const centreColour = (kind: WallKind, style: "painted" | "ink") =>
  rgb(style === "ink" ? INK_WALL : (WALL_LOOK[kind].inner ?? WALL_LOOK[kind].outer));

async function picture(mapType: MapType, style: "painted" | "ink", seed: string) {
  const layout = generateLayout({ mapType, difficulty: "medium", width: 20, height: 20, seed });
  const svg = mapSvg(layout, { pps: PPS, grid: true, style, version: "player" });
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (p: Point) => {
    const x = Math.min(info.width - 1, Math.round(p.x * PPS));
    const y = Math.min(info.height - 1, Math.round(p.y * PPS));
    const i = (y * info.width + x) * 3;
    return [data[i], data[i + 1], data[i + 2]];
  };
  const near = (c: number[], w: number[]) =>
    Math.abs(w[0] - c[0]) + Math.abs(w[1] - c[1]) + Math.abs(w[2] - c[2]) <= 12;
  const kinds = [...new Set(layout.floors![0].walls.map((w) => w.kind))];
  /** Wall-coloured: the centre colour of the given wall kind, or (no kind) of any wall on this floor. */
  const isWall = (c: number[], kind?: WallKind) => (kind ? [kind] : kinds).some((k) => near(c, centreColour(k, style)));
  return { layout, at, isWall };
}

describe("the picture's walls are the geometry's walls", () => {
  test.each([
    ["dungeon", "painted"],
    ["dungeon", "ink"],
    ["cave", "painted"],
    ["cave", "ink"],
    ["tavern", "painted"],
    ["tavern", "ink"],
    ["castle", "painted"],
    ["urban", "ink"],
  ] as const)("%s, %s: wall colour along every wall polyline, floor colour in the rooms", async (mapType, style) => {
    const { layout, at, isWall } = await picture(mapType, style, "pixels");
    const floor = layout.floors![0];
    const segments = floor.walls.flatMap(wallSegments);
    const onWalls: boolean[] = [];
    for (const wall of floor.walls)
      for (const [a, b] of wallSegments(wall)) {
        if (Math.hypot(b.x - a.x, b.y - a.y) < 0.3) continue;
        for (const t of [0.3, 0.5, 0.7])
          onWalls.push(isWall(at({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }), wall.kind));
      }
    expect(onWalls.length).toBeGreaterThan(20);
    expect(onWalls.filter(Boolean).length / onWalls.length).toBeGreaterThan(0.95);
    // Square centres of open floor away from every wall, door, window and object: never wall-coloured.
    const covered = (p: Point) =>
      floor.objects.some(
        (o) => p.x >= o.x - 0.2 && p.x <= o.x + o.w + 0.2 && p.y >= o.y - 0.2 && p.y <= o.y + o.h + 0.2,
      ) || floor.stairs.some((s) => p.x >= s.x && p.x <= s.x + s.w && p.y >= s.y && p.y <= s.y + s.h);
    const inside: boolean[] = [];
    for (let y = 0; y < layout.height; y++)
      for (let x = 0; x < layout.width; x++) {
        const p = { x: x + 0.5, y: y + 0.5 };
        if (!isWalkable(floor.tiles[y][x]) || covered(p) || segments.some(([a, b]) => distanceToSegment(p, a, b) < 0.6))
          continue;
        inside.push(isWall(at(p)));
      }
    expect(inside.length).toBeGreaterThan(10);
    expect(inside.filter(Boolean).length / inside.length).toBeLessThan(0.05);
  });
});
