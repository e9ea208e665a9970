import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { DescriptionFlags } from "../read-description";
import type { GenerateLayoutInput, Room } from "@/lib/schemas/map-layout";
import { Furnisher } from "./building-kit";
import { doorsIntoRoom } from "./doorways";
import type { RawLayout } from "./raw-layout";

/**
 * Rooms scattered without overlap (rectangles, rounded chambers, cut-corner halls), joined in a
 * chain plus a few loops by L-shaped corridors. The description floods, collapses or furnishes it.
 */
export function generateDungeon(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags = {}): RawLayout {
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
  // Room shapes: rounded chambers and cut-corner halls next to plain rectangles.
  for (const r of rects) {
    const shape = r.w >= 5 && r.h >= 5 ? rng.pick(["rect", "rect", "round", "octagon"] as const) : "rect";
    if (shape === "rect") continue;
    const cx = r.x + r.w / 2;
    const cy = r.y + r.h / 2;
    for (let y = r.y; y < r.y + r.h; y++)
      for (let x = r.x; x < r.x + r.w; x++) {
        const nx = (x + 0.5 - cx) / (r.w / 2);
        const ny = (y + 0.5 - cy) / (r.h / 2);
        const outside = shape === "round" ? nx * nx + ny * ny > 1.05 : Math.abs(nx) + Math.abs(ny) > 1.45;
        // Keep the middle row and column open so corridors still arrive.
        if (outside && x !== Math.floor(cx) && y !== Math.floor(cy)) grid.set(x, y, "#");
      }
  }
  const links: [number, number][] = rects.slice(1).map((_, i) => [i, i + 1]);
  for (let i = 0; i < Math.floor(rects.length / 4); i++)
    links.push([rng.int(0, rects.length - 1), rng.int(0, rects.length - 1)]);
  for (const [a, b] of links) {
    if (a === b) continue;
    const [ax, ay] = centre(rects[a]);
    const [bx, by] = centre(rects[b]);
    const horizontalFirst = rng.chance(0.5);
    carveLine(grid, ax, ay, horizontalFirst ? bx : ax, horizontalFirst ? ay : by);
    carveLine(grid, horizontalFirst ? bx : ax, horizontalFirst ? ay : by, bx, by);
  }
  const crypt = flags.crypt;
  const purposes = crypt
    ? ["Crypt", "Ossuary", "Burial niches", ...ROOM_PURPOSES.dungeon]
    : flags.prison
      ? ["Prison cells", "Guard post", ...ROOM_PURPOSES.dungeon]
      : flags.library
        ? ["Library", ...ROOM_PURPOSES.dungeon]
        : ROOM_PURPOSES.dungeon;
  const rooms: Room[] = rects.map((r, i) => ({
    id: i + 1,
    name: i === 0 ? "Entrance" : purposes[(i - 1) % purposes.length],
    purpose: i === 0 ? "Entrance" : purposes[(i - 1) % purposes.length],
    ...r,
    contents: [],
    hazards: [],
  }));
  const doors = dedupe(rooms.flatMap((room) => doorsIntoRoom(grid, room)));
  const clear = new Set<string>();
  for (const d of doors)
    for (const [dx, dy] of [
      [0, 0],
      [-1, 0],
      [0, -1],
    ])
      clear.add(`${d.x + dx},${d.y + dy}`);
  const f = new Furnisher(grid, clear);
  const stairs = [];
  if (rooms[0] && f.free(rooms[0].x + 1, rooms[0].y + 1)) {
    stairs.push({
      x: rooms[0].x + 1,
      y: rooms[0].y + 1,
      w: 1,
      h: 1,
      direction: "up" as const,
      toFloor: null,
      label: "Stairs up",
    });
    f.reserve(rooms[0].x + 1, rooms[0].y + 1);
  }
  for (const [i, room] of rooms.entries()) {
    const { x, y, w, h } = room;
    const cx = x + Math.floor(w / 2);
    if (room.purpose === "Treasure vault") {
      if (!f.put("chest", x + w - 1, y)) f.put("chest", cx, y + 1);
    }
    if (room.purpose === "Shrine") {
      if (!f.put("altar", cx, y)) f.put("altar", cx, y + 1);
      f.put("brazier", x, y);
    }
    if (
      room.purpose === "Crypt" ||
      room.purpose === "Ossuary" ||
      room.purpose === "Burial niches" ||
      (crypt && i > 0 && rng.chance(0.5))
    )
      for (let sx = x + 1; sx + 1 < x + w; sx += 3) {
        f.put("sarcophagus", sx, y + 1, 1, 2);
        f.put("bones", sx + 1, y + h - 2);
      }
    if (room.purpose === "Storeroom") {
      f.put("crate", x, y);
      f.put("barrel", x + 1, y);
      f.put("barrel", x, y + 1);
    }
    if (room.purpose === "Library") for (let bx = x; bx < x + w; bx++) f.put("bookshelf", bx, y);
    if (room.purpose === "Prison cells") for (let bx = x; bx < x + w; bx += 2) f.put("cage", bx, y);
    if (room.purpose === "Barracks") for (let bx = x; bx + 1 < x + w; bx += 2) f.put("bed", bx, y, 1, 2);
    if (room.purpose === "Workshop") {
      f.put("anvil", cx, y + 1);
      f.put("table", x, y, 2, 1);
    }
    if (room.purpose === "Well room") f.put("well", cx - 1, y + Math.floor(h / 2) - 1, 2, 2);
    if (room.w >= 6 && room.h >= 6)
      for (const [dx, dy] of [
        [1, 1],
        [w - 2, 1],
        [1, h - 2],
        [w - 2, h - 2],
      ])
        f.put("pillar", x + dx, y + dy);
    if (flags.flooded && i > 0 && rng.chance(0.5)) flood(grid, room, rng);
    if (flags.lava && i > 0 && rng.chance(0.25))
      for (let ly = y + 1; ly < y + h - 1; ly++) if (grid.get(cx, ly) === "." && f.free(cx, ly)) grid.set(cx, ly, "l");
    if (flags.ice && rng.chance(0.5))
      for (let iy = y; iy < y + h; iy++)
        for (let ix = x; ix < x + w; ix++) if (grid.get(ix, iy) === "." && rng.chance(0.6)) grid.set(ix, iy, "i");
  }
  if (flags.collapsed || flags.ruined)
    for (let y = 1; y < height - 1; y++)
      for (let x = 1; x < width - 1; x++)
        if (grid.get(x, y) === "." && rng.chance(0.06) && f.free(x, y)) grid.set(x, y, "r");
  return {
    floors: [
      {
        name: "Dungeon",
        level: 0,
        grid,
        rooms,
        doors,
        openings: [],
        objects: f.objects,
        stairs,
        organic: false,
        wallKind: "stone",
        thinWallKind: "stone",
        materials: { ".": rng.chance(0.5) ? "flagstone" : "stone" },
      },
    ],
    lightColor: "#ff9b3d",
    trapBudget: Math.max(2, Math.floor(rooms.length / 2)),
    safeRooms: /^Entrance$/,
    placeNoun: "Halls",
  };
}

/** Water pools in a room: shallow at the edge, deep in the middle (deep never cuts the way through). */
function flood(grid: TileGrid, room: Room, rng: Rng) {
  const cx = room.x + room.w / 2;
  const cy = room.y + room.h / 2;
  for (let y = room.y; y < room.y + room.h; y++)
    for (let x = room.x; x < room.x + room.w; x++) {
      if (grid.get(x, y) !== ".") continue;
      const d = Math.hypot((x + 0.5 - cx) / (room.w / 2), (y + 0.5 - cy) / (room.h / 2)) + rng.range(-0.15, 0.15);
      if (d < 1.1) grid.set(x, y, "w");
    }
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
