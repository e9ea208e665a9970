import type { Rng } from "@/lib/rng";
import { isWalkable, type TileGrid } from "../grid";
import type { MapObject, ObjectKind, Room, Tile } from "@/lib/schemas/map-layout";
import { makeObject, type SquareOpening } from "./raw-layout";

export type Rect = { x: number; y: number; w: number; h: number };

/** A walled box: '|' outline, `floor` inside. Returns the inner rectangle. */
export function thinBox(grid: TileGrid, r: Rect, floor: Tile): Rect {
  for (let x = r.x; x < r.x + r.w; x++) {
    grid.set(x, r.y, "|");
    grid.set(x, r.y + r.h - 1, "|");
  }
  for (let y = r.y; y < r.y + r.h; y++) {
    grid.set(r.x, y, "|");
    grid.set(r.x + r.w - 1, y, "|");
  }
  grid.fillRect(r.x + 1, r.y + 1, r.w - 2, r.h - 2, floor);
  return { x: r.x + 1, y: r.y + 1, w: r.w - 2, h: r.h - 2 };
}

export function hLine(grid: TileGrid, y: number, x0: number, x1: number, tile: Tile = "|") {
  for (let x = x0; x <= x1; x++) grid.set(x, y, tile);
}
export function vLine(grid: TileGrid, x: number, y0: number, y1: number, tile: Tile = "|") {
  for (let y = y0; y <= y1; y++) grid.set(x, y, tile);
}

/** Whether a wall square can hold a door or window: wall along `along`, open on both other sides. */
export function canOpen(grid: TileGrid, x: number, y: number, along: "h" | "v", what: "door" | "window"): boolean {
  if (grid.get(x, y) !== "|") return false;
  const [a, b] = along === "h" ? [grid.get(x - 1, y), grid.get(x + 1, y)] : [grid.get(x, y - 1), grid.get(x, y + 1)];
  const [c, d] = along === "h" ? [grid.get(x, y - 1), grid.get(x, y + 1)] : [grid.get(x - 1, y), grid.get(x + 1, y)];
  const wallish = (t: string | undefined) => t === "|" || t === "#";
  if (!wallish(a) || !wallish(b)) return false;
  if (what === "door") return isWalkable(c) && isWalkable(d);
  // A window looks out: one side inside, the other outside or another room; neither side wall.
  return c !== undefined && d !== undefined && !wallish(c) && !wallish(d) && (isWalkable(c) || isWalkable(d));
}

/** Puts a door in the wall square nearest `prefer` along a wall run (x0..x1 at y, or y0..y1 at x). */
export function doorInRun(
  grid: TileGrid,
  openings: SquareOpening[],
  along: "h" | "v",
  line: number,
  from: number,
  to: number,
  prefer: number,
  extra: Partial<SquareOpening> = {},
): boolean {
  const candidates: number[] = [];
  for (let i = from; i <= to; i++) candidates.push(i);
  candidates.sort((a, b) => Math.abs(a - prefer) - Math.abs(b - prefer));
  for (const i of candidates) {
    const [x, y] = along === "h" ? [i, line] : [line, i];
    if (openings.some((o) => Math.abs(o.x - x) + Math.abs(o.y - y) <= 1)) continue;
    if (!canOpen(grid, x, y, along, "door")) continue;
    // The doorway takes the indoor floor of either side (a front door is floorboards, not grass).
    const sides = along === "h" ? [grid.get(x, y - 1), grid.get(x, y + 1)] : [grid.get(x - 1, y), grid.get(x + 1, y)];
    grid.set(x, y, (sides.find((t) => t === "_" || t === ".") ?? sides[0] ?? ".") as Tile);
    openings.push({ x, y, along, what: "door", kind: "door", state: "closed", ...extra });
    return true;
  }
  return false;
}

/** Windows every few squares along a rectangle's outline where the wall looks out. */
export function windowsAround(grid: TileGrid, openings: SquareOpening[], r: Rect, rng: Rng, every = 4) {
  const tryAt = (x: number, y: number, along: "h" | "v") => {
    if (openings.some((o) => Math.abs(o.x - x) + Math.abs(o.y - y) <= 1)) return;
    if (canOpen(grid, x, y, along, "window")) openings.push({ x, y, along, what: "window" });
  };
  const off = rng.int(1, 2);
  for (let x = r.x + off + 1; x < r.x + r.w - 2; x += every) {
    tryAt(x, r.y, "h");
    tryAt(x, r.y + r.h - 1, "h");
  }
  for (let y = r.y + off + 1; y < r.y + r.h - 2; y += every) {
    tryAt(r.x, y, "v");
    tryAt(r.x + r.w - 1, y, "v");
  }
}

/** Places objects into free floor squares of a rectangle without overlap. */
export class Furnisher {
  readonly objects: MapObject[] = [];
  private taken = new Set<string>();
  constructor(
    private grid: TileGrid,
    private keepClear: Set<string> = new Set(),
  ) {}
  /** Squares next to doors stay clear so nothing blocks a doorway. */
  static doorClearance(openings: SquareOpening[]): Set<string> {
    const s = new Set<string>();
    for (const o of openings.filter((x) => x.what === "door"))
      for (const [dx, dy] of [
        [0, 0],
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ])
        s.add(`${o.x + dx},${o.y + dy}`);
    return s;
  }
  free(x: number, y: number, w = 1, h = 1): boolean {
    for (let j = Math.floor(y); j < Math.ceil(y + h); j++)
      for (let i = Math.floor(x); i < Math.ceil(x + w); i++) {
        const t = this.grid.get(i, j);
        if (!isWalkable(t) || this.taken.has(`${i},${j}`) || this.keepClear.has(`${i},${j}`)) return false;
      }
    return true;
  }
  put(
    kind: ObjectKind,
    x: number,
    y: number,
    w = 1,
    h = 1,
    extra: { rotation?: number; label?: string; force?: boolean } = {},
  ): boolean {
    if (!extra.force && !this.free(x, y, w, h)) return false;
    for (let j = Math.floor(y); j < Math.ceil(y + h); j++)
      for (let i = Math.floor(x); i < Math.ceil(x + w); i++) this.taken.add(`${i},${j}`);
    this.objects.push(makeObject(kind, x, y, w, h, extra));
    return true;
  }
  /** Decoration that does not take a square (a rug under a table). */
  under(kind: ObjectKind, x: number, y: number, w: number, h: number) {
    this.objects.unshift(makeObject(kind, x, y, w, h));
  }
  /** The first free w×h spot in a rectangle, scanning from its far (right, then bottom) side. */
  spot(r: Rect, w: number, h: number): { x: number; y: number } | null {
    for (let x = r.x + r.w - w; x >= r.x; x--)
      for (let y = r.y; y + h <= r.y + r.h; y++) if (this.free(x, y, w, h)) return { x, y };
    return null;
  }
  reserve(x: number, y: number, w = 1, h = 1) {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) this.taken.add(`${i},${j}`);
  }
  /** Tables with chairs around them, on a loose grid inside the rectangle. */
  tables(r: Rect, rng: Rng, round = false) {
    for (let ty = r.y + 1; ty + 2 <= r.y + r.h - 1; ty += 3)
      for (let tx = r.x + 1 + (ty % 2); tx + 2 <= r.x + r.w - 1; tx += 4) {
        if (rng.chance(0.2)) continue;
        if (!this.free(tx, ty, 2, 1)) continue;
        this.put("table", tx, ty, 2, 1, { rotation: round ? 0 : rng.pick([0, 0, 0, 8, -6]) });
        for (const [cx, cy] of [
          [tx - 1, ty],
          [tx + 2, ty],
          [tx, ty - 1],
          [tx + 1, ty + 1],
        ])
          if (rng.chance(0.7)) this.put("chair", cx, cy);
      }
  }
}

export function room(id: number, purpose: string, r: Rect, extra: Partial<Room> = {}): Room {
  return { id, name: purpose, purpose, x: r.x, y: r.y, w: r.w, h: r.h, contents: [], hazards: [], ...extra };
}

/** Scatters trees and bushes on open ground (',') away from the given rectangles. */
export function scatterGreenery(grid: TileGrid, furnisher: Furnisher, rng: Rng, density: number, avoid: Rect[]) {
  for (let y = 0; y < grid.height; y++)
    for (let x = 0; x < grid.width; x++) {
      if (grid.get(x, y) !== "," || avoid.some((r) => x >= r.x - 1 && x <= r.x + r.w && y >= r.y - 1 && y <= r.y + r.h))
        continue;
      const roll = rng.next();
      if (roll < density * 0.6) furnisher.put("tree", x, y, 1, 1);
      else if (roll < density) furnisher.put("bush", x, y, 1, 1);
    }
}
