import type { Rng } from "@/lib/rng";
import { isWalkable, TileGrid } from "../grid";
import type {
  Door,
  DoorOpening,
  FloorRegion,
  GridWindow,
  Light,
  MapFloor,
  Material,
  Point,
  TerrainKind,
  TerrainRegion,
  Tile,
  Trap,
  WallLine,
  WindowOpening,
} from "@/lib/schemas/map-layout";
import type { FloorDraft, SquareOpening } from "./raw-layout";
import { dropCollinear, ringWithoutBorder, smoothRing, toPolygons, traceLoops } from "./trace";

const DEFAULT_MATERIAL: Record<Tile, Material> = {
  "#": "stone",
  "|": "stone",
  ".": "flagstone",
  _: "wood",
  ",": "grass",
  "=": "cobbles",
  "~": "sand",
  w: "sand",
  ":": "dirt",
  s: "sand",
  c: "cave",
  l: "cave",
  i: "stone",
  m: "dirt",
  r: "stone",
  " ": "stone",
};
/** Shallow water is drawn under deep water, so a pool has a shallow rim. */
const TERRAIN_MASK: Record<TerrainKind, (t: string) => boolean> = {
  "water-shallow": (t) => t === "w" || t === "~",
  "water-deep": (t) => t === "~",
  chasm: (t) => t === "c",
  lava: (t) => t === "l",
  ice: (t) => t === "i",
  mud: (t) => t === "m",
  rubble: (t) => t === "r",
};
const isWallTile = (t: string | undefined) => t === "#" || t === "|";

/**
 * The vector floor from a drafted one: outlines traced on the grid (marching squares), natural
 * ones smoothed and simplified, thin walls as centre lines, openings as segments in wall gaps.
 */
export function vectorizeFloor(draft: FloorDraft, extra: { traps: Trap[]; lights: Light[]; rng: Rng }): MapFloor {
  const { grid } = draft;
  const { width, height } = grid;
  const materials = { ...DEFAULT_MATERIAL, ...draft.materials };
  const rng = extra.rng;

  // Solid masses ('#'): outlines are walls except where they run along the map border.
  const solid: Point[][] = [];
  const walls: WallLine[] = [];
  for (const loop of traceLoops(width, height, (x, y) => grid.get(x, y) === "#")) {
    // Natural walls straighten their steps only a little: a one-square passage must stay open.
    const ring = draft.organic ? smoothRing(loop, rng, width, height, { presimplify: 0.3 }) : loop;
    solid.push(ring);
    for (const run of ringWithoutBorder(ring, width, height))
      walls.push({
        kind: draft.wallKind,
        points: run,
        ...(sameAs(run[0], run[run.length - 1]) ? { closed: true } : {}),
      });
  }
  for (const w of walls) if (w.closed) w.points = w.points.slice(0, -1);
  walls.push(...thinWalls(draft), ...(draft.extraWalls ?? []));

  // Natural ground (paths, sand, mud) gets soft edges too; grass is the ground they lie on.
  const regions = materialRegions(draft.grid, materials).map((r) =>
    draft.organic && r.material !== "grass" && r.material !== "wood"
      ? {
          ...r,
          polygon: smoothRing(r.polygon, rng, width, height, { jitter: 0.12, iterations: 2, presimplify: 0.5 }),
          ...(r.holes
            ? {
                holes: r.holes.map((h) =>
                  smoothRing(h, rng, width, height, { jitter: 0.12, iterations: 2, presimplify: 0.5 }),
                ),
              }
            : {}),
        }
      : r,
  );
  const terrain: TerrainRegion[] = [];
  for (const kind of ["water-shallow", "water-deep", "chasm", "lava", "ice", "mud", "rubble"] as TerrainKind[]) {
    const test = TERRAIN_MASK[kind];
    // Natural places round their water off fully; built ones (a moat, a flooded hall) only soften it.
    const smoothing = draft.organic ? { jitter: 0.12, presimplify: 0.6 } : { jitter: 0.05, iterations: 1 };
    const loops = traceLoops(width, height, (x, y) => test(grid.get(x, y) ?? "")).map((l) =>
      smoothRing(l, rng, width, height, smoothing),
    );
    for (const p of toPolygons(loops))
      terrain.push({ kind, polygon: p.polygon, ...(p.holes.length ? { holes: p.holes } : {}) });
  }

  const doors: DoorOpening[] = draft.doors.map((d) => ({
    a: { x: d.x, y: d.y },
    b: { x: d.side === "h" ? d.x + 1 : d.x, y: d.side === "v" ? d.y + 1 : d.y },
    kind: d.kind,
    state: d.state,
  }));
  const windows: WindowOpening[] = [];
  const gridDoors: Door[] = [...draft.doors];
  const gridWindows: GridWindow[] = [];
  for (const o of draft.openings) {
    const seg =
      o.along === "h"
        ? { a: { x: o.x, y: o.y + 0.5 }, b: { x: o.x + 1, y: o.y + 0.5 } }
        : { a: { x: o.x + 0.5, y: o.y }, b: { x: o.x + 0.5, y: o.y + 1 } };
    if (o.what === "window") {
      windows.push(seg);
      gridWindows.push({ x: o.x, y: o.y, side: o.along });
    } else {
      doors.push({ ...seg, kind: o.kind ?? "door", state: o.state ?? "closed" });
      gridDoors.push(gridDoorOf(grid, o));
    }
  }
  return {
    name: draft.name,
    level: draft.level,
    tiles: grid.toRows(),
    regions,
    walls,
    doors,
    windows,
    terrain,
    solid,
    objects: draft.objects,
    rooms: draft.rooms.map((r) => ({ ...r, floor: draft.level === 0 ? undefined : r.floor })),
    traps: extra.traps,
    lights: extra.lights,
    stairs: draft.stairs,
    gridDoors,
    gridWindows,
  };
}

const sameAs = (a: Point, b: Point) => Math.abs(a.x - b.x) < 1e-9 && Math.abs(a.y - b.y) < 1e-9;

/** The grid edge a door in a thin wall closes: between the doorway square and a walkable square beside it. */
function gridDoorOf(grid: TileGrid, o: SquareOpening): Door {
  const kind = o.kind ?? "door";
  const state = o.state ?? "closed";
  if (o.along === "h")
    return isWalkable(grid.get(o.x, o.y + 1))
      ? { x: o.x, y: o.y + 1, side: "h", kind, state }
      : { x: o.x, y: o.y, side: "h", kind, state };
  return isWalkable(grid.get(o.x + 1, o.y))
    ? { x: o.x + 1, y: o.y, side: "v", kind, state }
    : { x: o.x, y: o.y, side: "v", kind, state };
}

/**
 * Thin walls run through the middle of their '|' squares, from square centre to the middle of
 * each side that touches more wall (or an opening in line with it), so a door or window leaves a
 * gap exactly its width. Segments are chained into polylines.
 */
function thinWalls(draft: FloorDraft): WallLine[] {
  const { grid } = draft;
  const openingAt = new Map(draft.openings.map((o) => [`${o.x},${o.y}`, o]));
  const segments: [Point, Point][] = [];
  for (let y = 0; y < grid.height; y++)
    for (let x = 0; x < grid.width; x++) {
      if (grid.get(x, y) !== "|" || openingAt.has(`${x},${y}`)) continue;
      const c = { x: x + 0.5, y: y + 0.5 };
      for (const [dx, dy] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ]) {
        const nx = x + dx;
        const ny = y + dy;
        const n = grid.get(nx, ny);
        const o = openingAt.get(`${nx},${ny}`);
        const inLine = o && o.along === (dx !== 0 ? "h" : "v");
        if (isWallTile(n) && (!o || inLine)) segments.push([c, { x: x + 0.5 + dx / 2, y: y + 0.5 + dy / 2 }]);
        else if (inLine) segments.push([c, { x: x + 0.5 + dx / 2, y: y + 0.5 + dy / 2 }]);
      }
    }
  return chainSegments(segments).map((points) => ({ kind: draft.thinWallKind, ...closedOrOpen(points) }));
}

function closedOrOpen(points: Point[]): { points: Point[]; closed?: boolean } {
  if (points.length > 3 && sameAs(points[0], points[points.length - 1]))
    return { points: dropCollinear(points.slice(0, -1), true), closed: true };
  return { points: dropCollinear(points, false) };
}

/** Joins segments that share end points into the longest polylines (breaking at junctions). */
export function chainSegments(segments: [Point, Point][]): Point[][] {
  const key = (p: Point) => `${Math.round(p.x * 1000)},${Math.round(p.y * 1000)}`;
  const adjacency = new Map<string, { point: Point; edges: number[] }>();
  segments.forEach(([a, b], i) => {
    for (const p of [a, b]) {
      const k = key(p);
      const node = adjacency.get(k) ?? { point: p, edges: [] };
      node.edges.push(i);
      adjacency.set(k, node);
    }
  });
  const used = new Uint8Array(segments.length);
  const walk = (startKey: string, edge: number): Point[] => {
    const points = [adjacency.get(startKey)!.point];
    let here = startKey;
    let e = edge;
    for (;;) {
      used[e] = 1;
      const [a, b] = segments[e];
      const nextPoint = key(a) === here ? b : a;
      points.push(nextPoint);
      here = key(nextPoint);
      const node = adjacency.get(here)!;
      if (node.edges.length !== 2) break;
      const next = node.edges.find((n) => !used[n]);
      if (next === undefined) break;
      e = next;
    }
    return points;
  };
  const lines: Point[][] = [];
  for (const [k, node] of adjacency)
    if (node.edges.length !== 2) for (const e of node.edges) if (!used[e]) lines.push(walk(k, e));
  for (let e = 0; e < segments.length; e++) if (!used[e]) lines.push(walk(key(segments[e][0]), e));
  return lines;
}

/**
 * Floor polygons per material, traced on half squares: a thin-wall square is split between the
 * materials on either side of its wall line (a house's outer wall has floorboards inside and
 * grass outside). Solid '#' squares have no floor (the picture draws them as rock or masonry).
 */
function materialRegions(grid: TileGrid, materials: Record<Tile, Material>): FloorRegion[] {
  const W = grid.width * 2;
  const H = grid.height * 2;
  const half = new Array<Material | null>(W * H).fill(null);
  const matOf = (x: number, y: number): Material | null => {
    const t = grid.get(x, y);
    return t === undefined || isWallTile(t) || t === " " ? null : materials[t as Tile];
  };
  for (let y = 0; y < grid.height; y++)
    for (let x = 0; x < grid.width; x++) {
      const t = grid.get(x, y)!;
      if (t === "#" || t === " ") continue;
      for (const [qx, qy] of [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ]) {
        let m: Material | null;
        if (t !== "|") m = materials[t as Tile];
        else {
          const sx = qx === 0 ? -1 : 1;
          const sy = qy === 0 ? -1 : 1;
          // Open air beside an upper floor's outer wall stays empty.
          m =
            grid.get(x + sx, y + sy) === " "
              ? null
              : (matOf(x + sx, y + sy) ?? matOf(x + sx, y) ?? matOf(x, y + sy) ?? materials["|"]);
        }
        half[(y * 2 + qy) * W + x * 2 + qx] = m;
      }
    }
  const present = [...new Set(half.filter((m): m is Material => m !== null))];
  const regions: FloorRegion[] = [];
  for (const material of present) {
    const loops = traceLoops(W, H, (x, y) => half[y * W + x] === material, 0.5);
    for (const p of toPolygons(loops))
      regions.push({ material, polygon: p.polygon, ...(p.holes.length ? { holes: p.holes } : {}) });
  }
  return regions;
}
