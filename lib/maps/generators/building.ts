import type { Rng } from "@/lib/rng";
import { isWalkable, TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { Door, GenerateLayoutInput, Room, Tile } from "../types";
import { furnishRoom } from "./furnish";
import type { RawLayout } from "./raw-layout";

type Rect = { x: number; y: number; w: number; h: number };
type Split = { vertical: boolean; line: number; from: number; to: number };

/**
 * Tavern, temple and castle: a walled building on open ground, its inside cut into rooms by
 * binary space partition. Each partition wall gets one doorway, which keeps every room reachable
 * (each split joins two halves that are connected themselves); the entrance is in the south wall.
 */
export function generateBuilding(input: GenerateLayoutInput, rng: Rng): RawLayout {
  const { width, height, mapType } = input;
  const floor: Tile = mapType === "tavern" ? "_" : ".";
  const grid = new TileGrid(width, height, ",");
  const margin = width >= 16 && height >= 16 ? 2 : 1;
  const shell = { x: margin, y: margin, w: width - 2 * margin, h: height - 2 * margin - 1 };
  grid.fillRect(shell.x, shell.y, shell.w, shell.h, "#");
  const inner = { x: shell.x + 1, y: shell.y + 1, w: shell.w - 2, h: shell.h - 2 };
  grid.fillRect(inner.x, inner.y, inner.w, inner.h, floor);
  const leaves: Rect[] = [];
  const splits: Split[] = [];
  const minRoom = mapType === "castle" ? 4 : 3;
  partition(inner, rng, minRoom, leaves, splits, 0, mapType === "temple" ? 3 : 4);
  for (const s of splits) for (let i = s.from; i < s.to; i++) grid.set(s.vertical ? s.line : i, s.vertical ? i : s.line, "#");
  const doors: Door[] = [];
  // Entrance first (dressLayout never hides or locks the first door).
  const entranceX = inner.x + Math.floor(inner.w / 2);
  const southWall = shell.y + shell.h - 1;
  const entranceCandidates = range(inner.x, inner.x + inner.w).filter((x) => isWalkable(grid.get(x, southWall - 1)));
  const ex = entranceCandidates.sort((a, b) => Math.abs(a - entranceX) - Math.abs(b - entranceX))[0] ?? entranceX;
  grid.set(ex, southWall, floor);
  doors.push({ x: ex, y: southWall, side: "h", kind: "door", state: "closed" });
  for (const s of splits) {
    const spots = range(s.from, s.to).filter((i) => (s.vertical ? isWalkable(grid.get(s.line - 1, i)) && isWalkable(grid.get(s.line + 1, i)) : isWalkable(grid.get(i, s.line - 1)) && isWalkable(grid.get(i, s.line + 1))));
    if (spots.length === 0) continue;
    const at = rng.pick(spots);
    if (s.vertical) {
      grid.set(s.line, at, floor);
      doors.push({ x: s.line, y: at, side: "v", kind: "door", state: "closed" });
    } else {
      grid.set(at, s.line, floor);
      doors.push({ x: at, y: s.line, side: "h", kind: "door", state: "closed" });
    }
  }
  leaves.sort((a, b) => b.w * b.h - a.w * a.h);
  const purposes = ROOM_PURPOSES[mapType];
  const rooms: Room[] = leaves.map((r, i) => ({ id: i + 1, name: purposes[i % purposes.length], purpose: purposes[i % purposes.length], ...r, contents: [], hazards: [] }));
  const blocked = new Set(doors.flatMap((d) => doorSquares(d)));
  const features = rooms.flatMap((room) => furnishRoom(room, mapType, rng, blocked));
  if (mapType !== "tavern") features.push({ kind: "statue", x: Math.max(0, ex - 2), y: southWall + 1, w: 1, h: 1 });
  features.push({ kind: "tree", x: 0, y: 0, w: 1, h: 1 }, { kind: "tree", x: width - 1, y: height - 1, w: 1, h: 1 });
  return { grid, rooms, doors, features, lightColor: mapType === "temple" ? "#ffe9a8" : "#ffb347", alwaysLit: mapType === "tavern" };
}

function partition(rect: Rect, rng: Rng, min: number, leaves: Rect[], splits: Split[], depth: number, maxDepth: number) {
  const canV = rect.w >= 2 * min + 1;
  const canH = rect.h >= 2 * min + 1;
  if (depth >= maxDepth || (!canV && !canH) || (depth > 1 && rect.w * rect.h < 40 && rng.chance(0.5))) {
    leaves.push(rect);
    return;
  }
  const vertical = canV && (!canH || rect.w > rect.h || (rect.w === rect.h && rng.chance(0.5)));
  const span = vertical ? rect.w : rect.h;
  const cut = rng.int(min, span - min - 1);
  if (vertical) {
    splits.push({ vertical, line: rect.x + cut, from: rect.y, to: rect.y + rect.h });
    partition({ ...rect, w: cut }, rng, min, leaves, splits, depth + 1, maxDepth);
    partition({ ...rect, x: rect.x + cut + 1, w: rect.w - cut - 1 }, rng, min, leaves, splits, depth + 1, maxDepth);
  } else {
    splits.push({ vertical, line: rect.y + cut, from: rect.x, to: rect.x + rect.w });
    partition({ ...rect, h: cut }, rng, min, leaves, splits, depth + 1, maxDepth);
    partition({ ...rect, y: rect.y + cut + 1, h: rect.h - cut - 1 }, rng, min, leaves, splits, depth + 1, maxDepth);
  }
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** The squares on both sides of a door, kept free of furniture so doors never open into a table. */
export function doorSquares(d: Door): string[] {
  return d.side === "v" ? [`${d.x - 1},${d.y}`, `${d.x},${d.y}`, `${d.x + 1},${d.y}`, `${d.x - 2},${d.y}`] : [`${d.x},${d.y - 1}`, `${d.x},${d.y}`, `${d.x},${d.y + 1}`, `${d.x},${d.y - 2}`];
}
