import type { Rng } from "@/lib/rng";
import { floodFill, TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { Feature, GenerateLayoutInput, Room } from "../types";
import type { RawLayout } from "./raw-layout";

/** Cellular automata (45% rock, 5 smoothing passes), then only the largest open region is kept. */
export function generateCave(input: GenerateLayoutInput, rng: Rng): RawLayout {
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
    return { id: i + 1, name: purposes[i % purposes.length], purpose: purposes[i % purposes.length], x, y, w: Math.min(5, width - x), h: Math.min(5, height - y), contents: [], hazards: [] };
  });
  const features: Feature[] = [];
  for (const [x, y] of open) if (rng.chance(0.015)) features.push({ kind: rng.chance(0.5) ? "rock" : "fungus", x, y, w: 1, h: 1 });
  const pool = rooms.find((r) => r.purpose === "Underground pool");
  if (pool) for (let y = pool.y + 1; y < pool.y + pool.h - 1; y++) for (let x = pool.x + 1; x < pool.x + pool.w - 1; x++) if (grid.get(x, y) === "." && !(x === pool.x + 2 && y === pool.y + 2)) grid.set(x, y, "~");
  // The pool must not cut the cave in two; undo it if it did.
  if (pool && !allOpenConnected(grid)) for (let i = 0; i < grid.cells.length; i++) if (grid.cells[i] === "~") grid.cells[i] = ".";
  return { grid, rooms, doors: [], features: features.filter((f) => grid.get(f.x, f.y) === "."), lightColor: "#7fd6ff" };
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
  const first = grid.cells.findIndex((c) => c === ".");
  if (first < 0) return true;
  const seen = floodFill(grid, first % grid.width, Math.floor(first / grid.width));
  return grid.cells.every((c, i) => c !== "." || seen[i]);
}
