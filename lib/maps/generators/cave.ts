import type { Rng } from "@/lib/rng";
import { floodFill, isWalkable, TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { DescriptionFlags } from "../read-description";
import type { GenerateLayoutInput, Room, WallLine } from "@/lib/schemas/map-layout";
import { Furnisher } from "./building-kit";
import type { RawLayout } from "./raw-layout";

/**
 * Cellular automata (45% rock, 5 smoothing passes), then only the largest open region is kept;
 * its outline is smoothed into natural rock walls when vectorised. Chambers get pools,
 * stalagmites, fungus and, by description, chasms, lava or ice.
 */
export function generateCave(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags = {}): RawLayout {
  const { width, height } = input;
  let grid = new TileGrid(width, height, "#");
  for (let y = 1; y < height - 1; y++) for (let x = 1; x < width - 1; x++) grid.set(x, y, rng.chance(0.45) ? "#" : ".");
  for (let pass = 0; pass < 5; pass++) {
    const next = new TileGrid(width, height, "#");
    for (let y = 1; y < height - 1; y++)
      for (let x = 1; x < width - 1; x++) {
        let rock = 0;
        for (let j = -1; j <= 1; j++) for (let i = -1; i <= 1; i++) if (grid.get(x + i, y + j) === "#") rock++;
        next.set(x, y, rock >= 5 ? "#" : ".");
      }
    grid = next;
  }
  keepLargestRegion(grid);
  const open: [number, number][] = [];
  grid.cells.forEach((c, i) => c === "." && open.push([i % width, Math.floor(i / width)]));
  // Chambers: spread-out open squares (farthest-point sampling) with a small box around each.
  const count = Math.max(2, Math.min(8, Math.floor(open.length / 60)));
  const centres: [number, number][] = open.length > 0 ? [open[rng.int(0, open.length - 1)]] : [];
  while (centres.length < count && centres.length < open.length) {
    let best = open[0];
    let bestDistance = -1;
    for (const p of open) {
      const d = Math.min(...centres.map((c) => Math.hypot(c[0] - p[0], c[1] - p[1])));
      if (d > bestDistance) [best, bestDistance] = [p, d];
    }
    centres.push(best);
  }
  const purposes = ROOM_PURPOSES.cave;
  const rooms: Room[] = centres.map(([cx, cy], i) => {
    const x = Math.max(0, cx - 2);
    const y = Math.max(0, cy - 2);
    return {
      id: i + 1,
      name: purposes[i % purposes.length],
      purpose: purposes[i % purposes.length],
      x,
      y,
      w: Math.min(5, width - x),
      h: Math.min(5, height - y),
      contents: [],
      hazards: [],
    };
  });
  // Pools: shallow rims round deep water; flooded caves get more. Chasms and lava by description.
  const wet = flags.flooded
    ? rooms.filter((_, i) => i > 0 && i % 2 === 1)
    : rooms.filter((r, i) => r.purpose === "Underground pool" || (i > 2 && i % 4 === 3));
  for (const pool of wet) paintSafely(grid, () => paint(grid, pool, (d) => (d < 0.55 ? "~" : d < 1 ? "w" : null), rng));
  // Lava pools in up to three chambers, smaller ones where a big one would cut the way.
  if (flags.lava) {
    let pools = 0;
    for (const r of rooms.slice(1))
      for (const size of [0.8, 0.55, 0.35]) {
        if (pools >= 3) break;
        if (paintSafely(grid, () => paint(grid, r, (d) => (d < size ? "l" : null), rng))) {
          pools++;
          break;
        }
      }
  }
  if (flags.chasm || rng.chance(0.3))
    for (const r of rooms.filter((_, i) => i > 0 && i % 3 === 1).slice(0, 1))
      paintSafely(grid, () => {
        paint(grid, r, (d, nx) => (Math.abs(nx) < 0.35 && d < 1.3 ? "c" : null), rng);
        // A natural rock bridge across the middle keeps both sides of the chasm in reach.
        const by = r.y + Math.floor(r.h / 2);
        for (let x = r.x - 1; x <= r.x + r.w; x++) if (grid.get(x, by) === "c") grid.set(x, by, ".");
      });
  if (flags.ice) for (const r of rooms) paint(grid, r, (d) => (d < 1.2 ? "i" : null), rng);
  if (flags.swamp) for (const r of rooms) paint(grid, r, (d) => (d < 1 ? "m" : null), rng);
  // Anything left that cuts the cave in two (a chasm without its bridge) goes.
  if (!allOpenConnected(grid))
    for (let i = 0; i < grid.cells.length; i++)
      if (grid.cells[i] === "~" || grid.cells[i] === "c" || grid.cells[i] === "l")
        grid.cells[i] = grid.cells[i] === "~" ? "w" : ".";
  if (flags.collapsed) for (const [x, y] of open) if (grid.get(x, y) === "." && rng.chance(0.08)) grid.set(x, y, "r");
  const f = new Furnisher(grid);
  for (const [x, y] of open) {
    if (grid.get(x, y) !== ".") continue;
    // Stalagmites near the walls, fungus in the damp.
    let rock = 0;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ])
      if (grid.get(x + dx, y + dy) === "#") rock++;
    const roll = rng.next();
    if (rock >= 1 && roll < 0.06) f.put("stalagmite", x, y);
    else if (roll < (flags.fungus ? 0.05 : 0.012)) f.put("fungus", x, y);
    else if (roll < 0.02) f.put("rock", x, y);
  }
  const stairs = rooms[0]
    ? [
        { x: rooms[0].x + 2, y: rooms[0].y + 2, w: 1, h: 1, direction: "up" as const, toFloor: null, label: "Way out" },
      ].filter((s) => grid.get(s.x, s.y) === ".")
    : [];
  const objects = f.objects.filter((o) => !stairs.some((s) => s.x === o.x && s.y === o.y));
  const ledges = ledgesIn(grid, rooms.slice(1), rng, objects);
  return {
    floors: [
      {
        name: "Caves",
        level: 0,
        grid,
        rooms,
        doors: [],
        openings: [],
        objects,
        stairs,
        organic: true,
        wallKind: "rock",
        thinWallKind: "rock",
        extraWalls: ledges,
        materials: { ".": "cave", r: "cave", i: "cave", m: "dirt" },
      },
    ],
    lightColor: "#ffb36b",
    trapBudget: Math.max(1, Math.floor(rooms.length / 3)),
    safeRooms: /^$/,
    placeNoun: "Caverns",
  };
}

/**
 * A ledge: a one-way cliff edge across part of a chamber (a creature can drop down it, not climb
 * up), with a way round at one end so nothing is cut off. It runs along a row of open floor,
 * stopping a square short of the rock, and no object stands on it.
 */
function ledgesIn(
  grid: TileGrid,
  chambers: Room[],
  rng: Rng,
  objects: { x: number; y: number; w: number; h: number }[],
): WallLine[] {
  const out: WallLine[] = [];
  for (const r of chambers) {
    if (out.length >= 2 || r.w < 5 || !rng.chance(0.35)) continue;
    const y = r.y + Math.floor(r.h / 2);
    let x0 = -1;
    let x1 = -1;
    for (let x = r.x; x < r.x + r.w; x++) {
      const open =
        grid.get(x, y) === "." &&
        grid.get(x, y - 1) === "." &&
        !objects.some((o) => x + 1 > o.x && x < o.x + o.w && y + 1 > o.y - 1 && y - 1 < o.y + o.h);
      if (open && x0 < 0) x0 = x;
      if (open) x1 = x;
      else if (x0 >= 0) break;
    }
    // Leave a square open at the run's far end: the way round.
    if (x0 < 0 || x1 - x0 < 3) continue;
    const points = [];
    for (let x = x0; x <= x1; x++) points.push({ x: x + 0.5, y: y + rng.range(-0.12, 0.12) });
    // Drawn east to west, so the left of travel is the south: the low side, from which one cannot climb.
    out.push({
      kind: "cliff",
      points: points.reverse().map((p) => ({ x: Math.round(p.x * 1000) / 1000, y: Math.round(p.y * 1000) / 1000 })),
      oneWay: true,
    });
  }
  return out;
}

/** Paints a tile into a chamber by its normalised distance from the chamber centre. */
function paint(
  grid: TileGrid,
  r: Room,
  tileAt: (d: number, nx: number) => "~" | "w" | "c" | "l" | "i" | "m" | null,
  rng: Rng,
) {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  for (let y = r.y - 1; y <= r.y + r.h; y++)
    for (let x = r.x - 1; x <= r.x + r.w; x++) {
      if (grid.get(x, y) !== ".") continue;
      const nx = (x + 0.5 - cx) / (r.w / 2);
      const ny = (y + 0.5 - cy) / (r.h / 2);
      const t = tileAt(Math.hypot(nx, ny) + rng.range(-0.12, 0.12), nx);
      if (t) grid.set(x, y, t);
    }
}

/** Paints, and takes it back if the cave no longer holds together (each pool or flow on its own). */
function paintSafely(grid: TileGrid, paintIt: () => void): boolean {
  const before = [...grid.cells];
  paintIt();
  if (allOpenConnected(grid) && grid.cells.some((c) => c === ".") && grid.cells.some((c, i) => c !== before[i]))
    return true;
  before.forEach((c, i) => (grid.cells[i] = c));
  return false;
}

function keepLargestRegion(grid: TileGrid) {
  let best: Uint8Array | null = null;
  let bestSize = 0;
  const claimed = new Uint8Array(grid.width * grid.height);
  for (let i = 0; i < grid.cells.length; i++) {
    if (grid.cells[i] !== "." || claimed[i]) continue;
    const region = floodFill(grid, i % grid.width, Math.floor(i / grid.width));
    let size = 0;
    region.forEach((v, j) => v && (claimed[j] = 1) && size++);
    if (size > bestSize) [best, bestSize] = [region, size];
  }
  for (let i = 0; i < grid.cells.length; i++) if (!best || !best[i]) grid.cells[i] = "#";
}

function allOpenConnected(grid: TileGrid): boolean {
  const first = grid.cells.findIndex((c) => isWalkable(c));
  if (first < 0) return true;
  const seen = floodFill(grid, first % grid.width, Math.floor(first / grid.width));
  return grid.cells.every((c, i) => !isWalkable(c) || seen[i]);
}
