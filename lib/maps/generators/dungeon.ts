import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { Feature, GenerateLayoutInput, Room } from "../types";
import { doorsIntoRoom } from "./doorways";
import type { RawLayout } from "./raw-layout";

/** Rooms scattered without overlap, joined in a chain plus a few loops by L-shaped corridors. */
export function generateDungeon(input: GenerateLayoutInput, rng: Rng): RawLayout {
  const { width, height } = input;
  const grid = new TileGrid(width, height, "#");
  const target = Math.max(3, Math.floor((width * height) / 90));
  const rects: { x: number; y: number; w: number; h: number }[] = [];
  for (let attempt = 0; attempt < target * 30 && rects.length < target; attempt++) {
    const w = rng.int(3, Math.min(9, width - 4));
    const h = rng.int(3, Math.min(8, height - 4));
    const x = rng.int(1, width - w - 1);
    const y = rng.int(1, height - h - 1);
    const overlaps = rects.some((r) => x - 2 < r.x + r.w && x + w + 2 > r.x && y - 2 < r.y + r.h && y + h + 2 > r.y);
    if (!overlaps) rects.push({ x, y, w, h });
  }
  rects.sort((a, b) => a.x + a.y / 100 - (b.x + b.y / 100));
  for (const r of rects) grid.fillRect(r.x, r.y, r.w, r.h, ".");
  const centre = (r: (typeof rects)[number]) => [r.x + Math.floor(r.w / 2), r.y + Math.floor(r.h / 2)] as const;
  const links: [number, number][] = rects.slice(1).map((_, i) => [i, i + 1]);
  for (let i = 0; i < Math.floor(rects.length / 4); i++) links.push([rng.int(0, rects.length - 1), rng.int(0, rects.length - 1)]);
  for (const [a, b] of links) {
    if (a === b) continue;
    const [ax, ay] = centre(rects[a]);
    const [bx, by] = centre(rects[b]);
    const horizontalFirst = rng.chance(0.5);
    carveLine(grid, ax, ay, horizontalFirst ? bx : ax, horizontalFirst ? ay : by);
    carveLine(grid, horizontalFirst ? bx : ax, horizontalFirst ? ay : by, bx, by);
  }
  const purposes = ROOM_PURPOSES.dungeon;
  const rooms: Room[] = rects.map((r, i) => ({ id: i + 1, name: i === 0 ? "Entrance" : purposes[(i - 1) % purposes.length], purpose: i === 0 ? "Entrance" : purposes[(i - 1) % purposes.length], ...r, contents: [], hazards: [] }));
  const doors = dedupe(rooms.flatMap((room) => doorsIntoRoom(grid, room)));
  const features: Feature[] = [];
  for (const room of rooms) {
    if (room.purpose === "Treasure vault") features.push({ kind: "chest", x: room.x + room.w - 1, y: room.y, w: 1, h: 1 });
    if (room.purpose === "Shrine" || room.purpose === "Crypt") features.push({ kind: "altar", x: room.x + Math.floor(room.w / 2), y: room.y, w: 1, h: 1 });
    if (room.purpose === "Storeroom") features.push({ kind: "crate", x: room.x, y: room.y, w: 1, h: 1 }, { kind: "barrel", x: room.x + 1, y: room.y, w: 1, h: 1 });
    if (room.w >= 6 && room.h >= 6) for (const [dx, dy] of [[1, 1], [room.w - 2, 1], [1, room.h - 2], [room.w - 2, room.h - 2]]) features.push({ kind: "pillar", x: room.x + dx, y: room.y + dy, w: 1, h: 1 });
  }
  if (rooms[0]) features.push({ kind: "stairs", x: rooms[0].x, y: rooms[0].y, w: 1, h: 1, label: "Stairs up" });
  return { grid, rooms, doors, features, lightColor: "#ff9b3d" };
}

function carveLine(grid: TileGrid, x0: number, y0: number, x1: number, y1: number) {
  const dx = Math.sign(x1 - x0);
  const dy = Math.sign(y1 - y0);
  let x = x0;
  let y = y0;
  grid.set(x, y, grid.get(x, y) === "#" ? "." : grid.get(x, y)!);
  while (x !== x1 || y !== y1) {
    if (x !== x1) x += dx;
    else y += dy;
    grid.set(x, y, ".");
  }
}

export function dedupe<T extends { x: number; y: number; side: string }>(doors: T[]): T[] {
  const seen = new Set<string>();
  return doors.filter((d) => {
    const key = `${d.side}${d.x},${d.y}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
