import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import type { DescriptionFlags } from "../read-description";
import type { GenerateLayoutInput, Room, Stair } from "@/lib/schemas/map-layout";
import {
  doorInRun,
  Furnisher,
  hLine,
  room,
  scatterGreenery,
  thinBox,
  vLine,
  windowsAround,
  type Rect,
} from "./building-kit";
import type { FloorDraft, RawLayout, SquareOpening } from "./raw-layout";

/**
 * An inn on its plot: the common room with the bar and the hearth, kitchen and storeroom (cellar
 * stairs) behind, a snug, a private dining room and the stair hall; an upper floor of guest rooms
 * off a corridor. Timber walls with windows; a path leads from the front door off the map.
 */
export function generateTavern(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags): RawLayout {
  const { width: W, height: H } = input;
  const grid = new TileGrid(W, H, ",");
  const m = W >= 18 ? 2 : 1;
  const bw = Math.min(W - 2 * m, rng.int(26, 32));
  const bh = Math.min(H - m - 3, rng.int(17, 22));
  const shell: Rect = { x: Math.floor((W - bw) / 2), y: Math.max(1, Math.floor((H - 2 - bh) / 2)), w: bw, h: bh };
  const inner = thinBox(grid, shell, "_");
  const openings: SquareOpening[] = [];
  const rooms: Room[] = [];
  const depth = inner.h >= 12 ? 4 : inner.h >= 8 ? 3 : 0;
  const front: Rect = {
    x: inner.x,
    y: inner.y + (depth ? depth + 1 : 0),
    w: inner.w,
    h: inner.h - (depth ? depth + 1 : 0),
  };
  const split = inner.w >= 14 ? inner.x + Math.floor(inner.w * rng.range(0.58, 0.7)) : null;
  const common: Rect = { ...front, w: split ? split - front.x : front.w };
  // Entrance first: it is never hidden or locked.
  doorInRun(
    grid,
    openings,
    "h",
    shell.y + shell.h - 1,
    common.x + 1,
    common.x + common.w - 2,
    common.x + Math.floor(common.w / 2),
  );
  rooms.push(room(1, "Common room", common));
  const backRooms: { r: Rect; purpose: string }[] = [];
  if (depth) {
    hLine(grid, inner.y + depth, shell.x, shell.x + shell.w - 1);
    const k = Math.max(3, Math.floor(inner.w * rng.range(0.36, 0.5)));
    const s = Math.max(2, Math.floor(inner.w * 0.25));
    const kitchen: Rect = { x: inner.x, y: inner.y, w: k, h: depth };
    vLine(grid, inner.x + k, shell.y, inner.y + depth);
    backRooms.push({ r: kitchen, purpose: "Kitchen" });
    const store: Rect = { x: inner.x + k + 1, y: inner.y, w: Math.min(s, inner.w - k - 1), h: depth };
    if (inner.x + k + 1 + s + 3 < inner.x + inner.w) {
      vLine(grid, inner.x + k + 1 + s, shell.y, inner.y + depth);
      backRooms.push({ r: store, purpose: "Storeroom" });
      backRooms.push({
        r: { x: store.x + s + 1, y: inner.y, w: inner.x + inner.w - store.x - s - 1, h: depth },
        purpose: "Snug",
      });
    } else backRooms.push({ r: { ...store, w: inner.x + inner.w - store.x }, purpose: "Storeroom" });
  }
  let stairHall: Rect | null = null;
  if (split) {
    vLine(grid, split, front.y - 1, shell.y + shell.h - 1);
    const right: Rect = { x: split + 1, y: front.y, w: inner.x + inner.w - split - 1, h: front.h };
    const mid = right.y + Math.floor(right.h / 2);
    if (right.h >= 6) {
      hLine(grid, mid, split, shell.x + shell.w - 1);
      backRooms.push({ r: { ...right, h: mid - right.y }, purpose: "Private dining room" });
      stairHall = { x: right.x, y: mid + 1, w: right.w, h: right.y + right.h - mid - 1 };
      backRooms.push({ r: stairHall, purpose: "Innkeeper's office" });
    } else backRooms.push({ r: right, purpose: "Private dining room" });
  }
  for (const { r, purpose } of backRooms) rooms.push(room(rooms.length + 1, purpose, r));
  // Doors: each back room opens onto the common room, or onto its neighbour.
  for (const { r, purpose } of backRooms) {
    const opened =
      (r.y + r.h === common.y - 1 &&
        doorInRun(
          grid,
          openings,
          "h",
          common.y - 1,
          Math.max(r.x, common.x),
          Math.min(r.x + r.w, common.x + common.w) - 1,
          r.x + Math.floor(r.w / 2),
        )) ||
      (r.x === split! + 1 &&
        doorInRun(grid, openings, "v", split!, Math.max(r.y, common.y), r.y + r.h - 1, r.y + Math.floor(r.h / 2))) ||
      doorInRun(grid, openings, "v", r.x - 1, r.y, r.y + r.h - 1, r.y + 1) ||
      doorInRun(grid, openings, "h", r.y - 1, r.x, r.x + r.w - 1, r.x + 1);
    if (!opened && purpose === "Stair hall") doorInRun(grid, openings, "h", r.y - 1, r.x, r.x + r.w - 1, r.x);
  }
  // A back door from the kitchen to the yard.
  if (depth) doorInRun(grid, openings, "h", shell.y, inner.x + 1, inner.x + 3, inner.x + 1);
  windowsAround(grid, openings, shell, rng, 3);

  const f = new Furnisher(grid, Furnisher.doorClearance(openings));
  const stairs: Stair[] = [];
  const hasUpper = shell.w >= 12 && shell.h >= 10;
  // The stairs climb along the common room's inner wall, near the middle of the building, so the
  // upper corridor (which they reach) runs down the middle with guest rooms either side.
  const middle = inner.y + Math.floor(inner.h / 2) - 1;
  // The search strip is clipped to the common room: on a short plot it would reach the yard.
  const stripY = Math.max(common.y + 3, middle - 1);
  const strip: Rect = { x: common.x + common.w - 1, y: stripY, w: 1, h: Math.min(4, common.y + common.h - stripY) };
  const up = hasUpper
    ? ((strip.h >= 2 ? f.spot(strip, 1, 2) : null) ?? f.spot(stairHall ?? common, 1, 2) ?? f.spot(common, 1, 2))
    : null;
  if (up) {
    stairs.push({ ...up, w: 1, h: 2, direction: "up", toFloor: 1, label: "Stairs up to the guest rooms" });
    f.reserve(up.x, up.y, 1, 2);
  }
  // The bar runs along the back of the common room with barrels behind it; stools in front.
  const barLen = Math.min(6, common.w - 3);
  if (barLen >= 2 && common.h >= 5) {
    const bx = common.x + common.w - barLen - 1;
    f.put("bar", bx, common.y + 1, barLen, 1);
    for (let i = 0; i < barLen; i += 2) f.put("barrel", bx + i, common.y);
    for (let i = 0; i < barLen; i++) if (rng.chance(0.7)) f.put("chair", bx + i, common.y + 2);
  }
  f.put("hearth", common.x, common.y + Math.floor(common.h / 2), 1, 2, { force: true });
  f.tables({ x: common.x + 1, y: common.y + 3, w: common.w - 1, h: common.h - 3 }, rng);
  for (const { r, purpose } of backRooms) {
    if (purpose === "Kitchen") {
      f.put("stove", r.x, r.y, 2, 1);
      f.put("table", r.x + Math.floor(r.w / 2), r.y + Math.floor(r.h / 2), 2, 1);
      f.put("barrel", r.x + r.w - 1, r.y);
      f.put("crate", r.x + r.w - 1, r.y + r.h - 1);
    } else if (purpose === "Storeroom") {
      const cellar = r.h >= 3 ? f.spot(r, 1, 2) : null;
      if (cellar) {
        stairs.push({ ...cellar, w: 1, h: 2, direction: "down", toFloor: null, label: "Cellar stairs" });
        f.reserve(cellar.x, cellar.y, 1, 2);
      }
      for (let y = r.y; y < r.y + r.h; y++) f.put(rng.chance(0.5) ? "barrel" : "crate", r.x, y);
      f.put("crate", r.x + 1, r.y);
    } else if (purpose === "Snug") {
      f.put("table", r.x + Math.floor(r.w / 2) - 1, r.y + Math.floor(r.h / 2), 2, 1);
      f.put("bench", r.x, r.y, 1, Math.min(2, r.h));
      f.under("rug", r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
    } else if (purpose === "Private dining room") {
      f.under("rug", r.x + 1, r.y + Math.floor(r.h / 2) - 1.5, Math.max(1, r.w - 2), 4);
      f.put("table", r.x + 1, r.y + Math.floor(r.h / 2) - 0, Math.max(1, r.w - 2), 1);
      for (let x = r.x + 1; x < r.x + r.w - 1; x++) {
        f.put("chair", x, r.y + Math.floor(r.h / 2) - 1);
        f.put("chair", x, r.y + Math.floor(r.h / 2) + 1);
      }
    }
  }
  // The yard: a path from the front door off the map, a well, a cart, trees.
  const door = openings[0];
  if (door)
    for (let y = shell.y + shell.h; y < H; y++)
      for (let x = door.x - 1; x <= door.x; x++) if (grid.get(x, y) === ",") grid.set(x, y, ":");
  const outside = new Furnisher(grid);
  for (const o of f.objects) outside.reserve(Math.floor(o.x), Math.floor(o.y), Math.ceil(o.w), Math.ceil(o.h));
  if (shell.x >= 3) {
    if (!outside.put("well", 0.5, shell.y + 1, 2, 2)) outside.put("well", 0, H - 3, 2, 2);
  }
  if (W - shell.x - shell.w >= 4) outside.put("cart", shell.x + shell.w + 1, shell.y + 2, 2, 3);
  scatterGreenery(grid, outside, rng, 0.06, [shell]);
  if (flags.ruined)
    for (let i = 0; i < Math.floor((inner.w * inner.h) / 12); i++) {
      const x = rng.int(inner.x, inner.x + inner.w - 1);
      const y = rng.int(inner.y, inner.y + inner.h - 1);
      if (grid.get(x, y) === "_" && f.free(x, y)) grid.set(x, y, "r");
    }

  const ground: FloorDraft = {
    name: "Ground floor",
    level: 0,
    grid,
    rooms,
    doors: [],
    openings,
    objects: [...outside.objects, ...f.objects],
    stairs,
    organic: false,
    wallKind: "stone",
    thinWallKind: "wood",
  };
  const floors = [ground];
  if (hasUpper && stairs[0]?.toFloor === 1) floors.push(upperFloor(W, H, shell, stairs[0], rng));
  return {
    floors,
    lightColor: "#ffb347",
    alwaysLit: true,
    safeRooms: /Common room|Kitchen|Snug|Private dining|Guest room|Corridor/,
    trapBudget: 1,
    secretDoors: 0,
    placeNoun: "Inn",
  };
}

/** Guest rooms either side of a corridor, reached by the stairs from the stair hall. */
function upperFloor(W: number, H: number, shell: Rect, arrival: Stair, rng: Rng): FloorDraft {
  const grid = new TileGrid(W, H, " ");
  const inner = thinBox(grid, shell, "_");
  const openings: SquareOpening[] = [];
  const rooms: Room[] = [];
  const cy = Math.min(Math.max(inner.y, arrival.y), inner.y + inner.h - 2);
  const corridor: Rect = { x: inner.x, y: cy, w: inner.w, h: 2 };
  hLine(grid, cy - 1, shell.x, shell.x + shell.w - 1);
  hLine(grid, cy + 2, shell.x, shell.x + shell.w - 1);
  rooms.push(room(1, "Corridor", corridor));
  // The stairs arrive in the corridor: keep their squares clear of partition walls.
  grid.fillRect(arrival.x, cy, 1, 2, "_");
  const row = (y0: number, y1: number, doorLine: number) => {
    if (y1 - y0 < 1) {
      // Too shallow for rooms: part of the corridor.
      if (y1 >= y0) grid.fillRect(inner.x, y0, inner.w, y1 - y0 + 1, "_");
      // The partition on the door line goes too, unless it is the outer wall itself.
      const insideShell = (y: number) => y >= inner.y && y < inner.y + inner.h;
      for (const y of [y0 - 1, y1 + 1])
        if (y === doorLine && insideShell(y)) for (let x = inner.x; x < inner.x + inner.w; x++) grid.set(x, y, "_");
      return;
    }
    let x = inner.x;
    while (x < inner.x + inner.w) {
      let w = Math.min(rng.int(3, 5), inner.x + inner.w - x);
      if (w < 2) break;
      // A strip too narrow for a room after this one joins it (no doorless closet).
      if (inner.x + inner.w - (x + w + 1) < 2) w = inner.x + inner.w - x;
      const end = x + w;
      if (end < inner.x + inner.w - 1) vLine(grid, end, y0 - 1, y1 + 1);
      const r = { x, y: y0, w: Math.min(w, inner.x + inner.w - x), h: y1 - y0 + 1 };
      rooms.push(room(rooms.length + 1, rooms.length === 1 ? "Innkeeper's quarters" : "Guest room", r));
      doorInRun(grid, openings, "h", doorLine, r.x, r.x + r.w - 1, r.x + 1);
      x = end + 1;
    }
  };
  row(inner.y, cy - 2, cy - 1);
  row(cy + 3, inner.y + inner.h - 1, cy + 2);
  windowsAround(grid, openings, shell, rng, 3);
  const f = new Furnisher(grid, Furnisher.doorClearance(openings));
  f.reserve(arrival.x, arrival.y, 1, 2);
  for (const r of rooms.slice(1)) {
    if (!f.put("bed", r.x, r.y, 1, 2)) f.put("bed", r.x + r.w - 1, r.y + r.h - 2, 1, 2);
    f.put("chest", r.x + r.w - 1, r.y);
    // A table and stool under the window, a washstand by the door.
    if (r.h >= 3) {
      if (f.put("table", r.x + r.w - 1, r.y + r.h - 1)) f.put("chair", r.x + r.w - 2, r.y + r.h - 1);
    }
    if (r.h >= 4) f.put("barrel", r.x, r.y + r.h - 1);
    if (r.w >= 3 && r.h >= 3)
      f.under("rug", r.x + 1, r.y + Math.min(2, r.h - 2), Math.min(2, r.w - 1.5), Math.min(2, r.h - 1.5));
  }
  return {
    name: "Upper floor",
    level: 1,
    grid,
    rooms: rooms.map((r) => ({ ...r, floor: 1 })),
    doors: [],
    openings,
    objects: f.objects,
    stairs: [{ ...arrival, direction: "down", toFloor: 0, label: "Stairs down to the stair hall" }],
    organic: false,
    wallKind: "stone",
    thinWallKind: "wood",
  };
}
