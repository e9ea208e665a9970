import type { DoorSegment, Segment } from "../geometry";
import { normalizeLayout } from "../generators/normalize-layout";
import { isWalkable, TileGrid } from "../grid";
import {
  TERRAIN_BLOCKS_MOVEMENT,
  type Light,
  type MapFloor,
  type MapLayout,
  type MapObject,
  type Point,
  type Stair,
} from "@/lib/schemas/map-layout";

/**
 * What a wall is for, as a VTT needs to know it:
 *  wall    blocks movement, sight, light and sound;
 *  window  blocks movement, lets sight and light through (Foundry: proximity, like its window preset);
 *  object  a pillar, statue, tree trunk or large furniture: blocks movement, limits sight;
 *  terrain the edge of deep water, a chasm or lava, or a low object: blocks movement only;
 *  ledge   a one-way drop (ledge, cliff): blocks movement from the left of (x0,y0)→(x1,y1) only.
 */
export type WallKind = "wall" | "window" | "object" | "terrain" | "ledge";
export type VttWall = Segment & { kind: WallKind };
/** A closed polygon (first point not repeated) in grid squares: a sight-blocking object's outline. */
export type VttOutline = { points: Point[]; label: string };
export type VttPin = { x: number; y: number };
/** A room of the key; `box` its rectangle on the grid, `pin` where its map note goes (on its floor). */
export type VttRoom = {
  id: number;
  name: string;
  purpose: string;
  contents: string[];
  hazards: string[];
  box: { x: number; y: number; w: number; h: number };
  pin: VttPin;
};
export type VttStair = { pin: VttPin; direction: Stair["direction"]; toFloor: number | null; label: string };

/** One floor as both exports write it; every coordinate in grid squares, snapped to whole pixels. */
export type VttFloor = {
  index: number;
  name: string;
  width: number;
  height: number;
  /** Straight segments of wall, window, terrain and ledge (never two on one stretch of line). */
  walls: VttWall[];
  objects: VttOutline[];
  doors: DoorSegment[];
  lights: Light[];
  rooms: VttRoom[];
  stairs: VttStair[];
  /** The working grid (where tokens can stand). */
  tiles: string[];
};

/**
 * Every point is snapped to whole pixels at the export's grid size, so that a point in grid
 * squares times pixels per square is an integer: Foundry stores integer wall coordinates, and the
 * Foundry and Universal VTT exports describe exactly the same geometry.
 */
const snapper =
  (pps: number) =>
  (p: Point): Point => ({ x: Math.round(p.x * pps) / pps, y: Math.round(p.y * pps) / pps });

const segmentKey = (s: Segment) => {
  const [a, b] = [`${s.x0},${s.y0}`, `${s.x1},${s.y1}`].sort();
  return `${a}|${b}`;
};

/** Drops zero-length segments and the second of two identical ones (in either direction). */
function distinct<T extends Segment>(segments: T[]): T[] {
  const seen = new Set<string>();
  return segments.filter((s) => {
    if (s.x0 === s.x1 && s.y0 === s.y1) return false;
    const k = segmentKey(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The parts of `s` not lying on any of `cover` (collinear overlap removed), e.g. a pool's edge along a wall. */
function subtractCollinear(s: Segment, cover: Segment[]): Segment[] {
  const dx = s.x1 - s.x0;
  const dy = s.y1 - s.y0;
  const length2 = dx * dx + dy * dy;
  const eps = 1e-9;
  const along = (x: number, y: number) => ((x - s.x0) * dx + (y - s.y0) * dy) / length2;
  const onLine = (x: number, y: number) => Math.abs((x - s.x0) * dy - (y - s.y0) * dx) / Math.sqrt(length2) < 1e-6;
  let keep: Array<[number, number]> = [[0, 1]];
  for (const c of cover) {
    if (!onLine(c.x0, c.y0) || !onLine(c.x1, c.y1)) continue;
    const [t0, t1] = [along(c.x0, c.y0), along(c.x1, c.y1)].sort((a, b) => a - b);
    keep = keep.flatMap(([a, b]): Array<[number, number]> =>
      t1 <= a + eps || t0 >= b - eps
        ? [[a, b]]
        : [
            ...(t0 > a + eps ? [[a, t0] as [number, number]] : []),
            ...(t1 < b - eps ? [[t1, b] as [number, number]] : []),
          ],
    );
  }
  return keep.map(([a, b]) => ({ x0: s.x0 + a * dx, y0: s.y0 + a * dy, x1: s.x0 + b * dx, y1: s.y0 + b * dy }));
}

const polylineSegments = (points: Point[], closed = false): Segment[] => {
  const ring = closed ? [...points, points[0]] : points;
  return ring.slice(1).map((q, i) => ({ x0: ring[i].x, y0: ring[i].y, x1: q.x, y1: q.y }));
};

/** A segment on the map's border: the scene ends there anyway, so no wall is written for it. */
const onBorder = (s: Segment, width: number, height: number) =>
  (s.x0 === s.x1 && (s.x0 <= 0 || s.x0 >= width)) || (s.y0 === s.y1 && (s.y0 <= 0 || s.y0 >= height));

/** A tree's wall is its trunk, not its canopy: a diamond half a square across at its centre. */
const trunk = (o: Pick<MapObject, "x" | "y" | "w" | "h">): Point[] => {
  const [cx, cy, r] = [o.x + o.w / 2, o.y + o.h / 2, 0.25];
  return [
    { x: cx, y: cy - r },
    { x: cx + r, y: cy },
    { x: cx, y: cy + r },
    { x: cx - r, y: cy },
  ];
};

/** The walkable square nearest a point (its centre): where a pin can sit on the floor. */
function pinOnFloor(tiles: string[], target: Point, box?: { x: number; y: number; w: number; h: number }): VttPin {
  const grid = TileGrid.from(tiles);
  const cell = { x: Math.floor(target.x), y: Math.floor(target.y) };
  if (isWalkable(grid.get(cell.x, cell.y))) return target;
  let best: VttPin = target;
  let bestDistance = Infinity;
  const [x0, y0, x1, y1] = box ? [box.x, box.y, box.x + box.w, box.y + box.h] : [0, 0, grid.width, grid.height];
  for (let y = Math.max(0, y0); y < Math.min(grid.height, y1); y++)
    for (let x = Math.max(0, x0); x < Math.min(grid.width, x1); x++) {
      const d = Math.hypot(x + 0.5 - target.x, y + 0.5 - target.y);
      if (isWalkable(grid.get(x, y)) && d < bestDistance) [best, bestDistance] = [{ x: x + 0.5, y: y + 0.5 }, d];
    }
  return best;
}

type FloorSource = Pick<
  MapFloor,
  "name" | "tiles" | "walls" | "doors" | "windows" | "terrain" | "objects" | "rooms" | "lights" | "stairs"
>;

/** One vector floor → the export geometry. */
export function vttFloor(
  floor: FloorSource,
  index: number,
  size: { width: number; height: number },
  pixelsPerSquare: number,
): VttFloor {
  const snap = snapper(pixelsPerSquare);
  const snapSegment = (s: Segment): Segment => {
    const [a, b] = [snap({ x: s.x0, y: s.y0 }), snap({ x: s.x1, y: s.y1 })];
    return { x0: a.x, y0: a.y, x1: b.x, y1: b.y };
  };
  const walls = floor.walls.flatMap((w) =>
    polylineSegments(w.points, w.closed).map((s) => ({
      ...snapSegment(s),
      kind: (w.oneWay ? "ledge" : "wall") as WallKind,
    })),
  );
  const windows = floor.windows.map((w) => ({
    ...snapSegment({ x0: w.a.x, y0: w.a.y, x1: w.b.x, y1: w.b.y }),
    kind: "window" as const,
  }));
  const doors = floor.doors.map((d): DoorSegment => ({
    ...snapSegment({ x0: d.a.x, y0: d.a.y, x1: d.b.x, y1: d.b.y }),
    kind: d.kind,
    state: d.state,
  }));
  const solid = [...walls, ...windows, ...doors];
  // Deep water, chasms and lava stop movement at their edge, except where a wall already stands.
  const terrain = floor.terrain
    .filter((t) => TERRAIN_BLOCKS_MOVEMENT[t.kind])
    .flatMap((t) => [t.polygon, ...(t.holes ?? [])].flatMap((ring) => polylineSegments(ring.map(snap), true)))
    .filter((s) => !onBorder(s, size.width, size.height))
    .flatMap((s) => subtractCollinear(s, solid))
    .map((s) => ({ ...snapSegment(s), kind: "terrain" as const }));
  const blocking = floor.objects.filter((o) => o.blocksMovement);
  const objects = blocking
    .filter((o) => o.blocksSight)
    .map((o) => ({ points: (o.kind === "tree" ? trunk(o) : o.footprint).map(snap), label: o.label ?? o.kind }));
  // Furniture that stops a creature but not an eye (a bar, a cart): movement-only walls.
  const low = blocking
    .filter((o) => !o.blocksSight)
    .flatMap((o) => polylineSegments(o.footprint.map(snap), true).map((s) => ({ ...s, kind: "terrain" as const })));
  return {
    index,
    name: floor.name,
    width: size.width,
    height: size.height,
    walls: distinct([...walls, ...windows, ...terrain, ...low]),
    objects: objects.filter((o) => o.points.length >= 3),
    doors: distinct(doors),
    lights: floor.lights,
    rooms: floor.rooms.map((r) => ({
      id: r.id,
      name: r.name,
      purpose: r.purpose,
      contents: r.contents,
      hazards: r.hazards,
      box: { x: r.x, y: r.y, w: r.w, h: r.h },
      pin: snap(pinOnFloor(floor.tiles, r.label ?? { x: r.x + r.w / 2, y: r.y + r.h / 2 }, r)),
    })),
    stairs: floor.stairs.map((s) => ({
      pin: snap(pinOnFloor(floor.tiles, { x: s.x + s.w / 2, y: s.y + s.h / 2 })),
      direction: s.direction,
      toFloor: s.toFloor,
      label: s.label,
    })),
    tiles: floor.tiles,
  };
}

/** Every floor of a map as the exports write it (a map stored before the vector model is traced from its grid first). */
export function vttFloors(layout: MapLayout, pixelsPerSquare: number): VttFloor[] {
  const size = { width: layout.width, height: layout.height };
  return normalizeLayout(layout).floors.map((floor, index) => vttFloor(floor, index, size, pixelsPerSquare));
}
