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
 * A stone temple facing south: the nave with two rows of pillars and pews between the side
 * aisles, the sanctum with the altar beyond it, side chapels off the aisles, a vestry with the
 * crypt stairs. A flagstone forecourt outside the great door.
 */
export function generateTemple(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags): RawLayout {
  const { width: W, height: H } = input;
  const grid = new TileGrid(W, H, ",");
  const bw = Math.min(W - 2, 26);
  const bh = Math.min(H - 4, 30);
  const shell: Rect = { x: Math.floor((W - bw) / 2), y: 1, w: bw, h: bh };
  const inner = thinBox(grid, shell, ".");
  const openings: SquareOpening[] = [];
  const rooms: Room[] = [];
  const chapelW = inner.w >= 16 ? Math.max(3, Math.floor(inner.w * 0.2)) : 0;
  const nave: Rect = {
    x: inner.x + (chapelW ? chapelW + 1 : 0),
    y: inner.y,
    w: inner.w - (chapelW ? 2 * (chapelW + 1) : 0),
    h: inner.h,
  };
  const sanctumH = inner.h >= 14 ? Math.max(4, Math.floor(inner.h * 0.25)) : inner.h >= 9 ? 3 : 0;
  // Entrance first.
  doorInRun(
    grid,
    openings,
    "h",
    shell.y + shell.h - 1,
    nave.x + 1,
    nave.x + nave.w - 2,
    nave.x + Math.floor(nave.w / 2),
  );
  if (chapelW) {
    vLine(grid, nave.x - 1, shell.y, shell.y + shell.h - 1);
    vLine(grid, nave.x + nave.w, shell.y, shell.y + shell.h - 1);
  }
  const naveBody: Rect = {
    ...nave,
    y: nave.y + (sanctumH ? sanctumH + 1 : 0),
    h: nave.h - (sanctumH ? sanctumH + 1 : 0),
  };
  rooms.push(room(1, "Nave", naveBody));
  const sideRooms: { r: Rect; purpose: string; side: "l" | "r" }[] = [];
  if (sanctumH) {
    // The sanctum opens onto the nave through a wide arch (a gap in the screen wall).
    const sy = nave.y + sanctumH;
    hLine(grid, sy, nave.x, nave.x + nave.w - 1);
    const arch = Math.max(1, Math.floor(nave.w / 3));
    const ax = nave.x + Math.floor((nave.w - arch) / 2);
    for (let x = ax; x < ax + arch; x++) grid.set(x, sy, ".");
    rooms.push(room(2, "Sanctum", { x: nave.x, y: nave.y, w: nave.w, h: sanctumH }));
  }
  if (chapelW) {
    for (const side of ["l", "r"] as const) {
      const x = side === "l" ? inner.x : nave.x + nave.w + 1;
      let y = inner.y;
      const purposes =
        side === "l"
          ? ["Vestry", "Side chapel", "Reliquary", "Side chapel"]
          : ["Scriptorium", "Side chapel", "Priest's cell", "Side chapel"];
      for (let i = 0; y < inner.y + inner.h - 2; i++) {
        let h = Math.min(rng.int(4, 6), inner.y + inner.h - y);
        // The last room takes what is left rather than leaving a sealed sliver.
        if (inner.y + inner.h - (y + h + 1) < 3) h = inner.y + inner.h - y;
        const r = { x, y, w: chapelW, h };
        if (y + h < inner.y + inner.h - 1)
          hLine(
            grid,
            y + h,
            side === "l" ? shell.x : nave.x + nave.w,
            side === "l" ? nave.x - 1 : shell.x + shell.w - 1,
          );
        const purpose = flags.library && i === 0 ? "Library" : purposes[i % purposes.length];
        sideRooms.push({ r: { ...r, h: Math.min(h, inner.y + inner.h - y) }, purpose, side });
        y += h + 1;
      }
    }
  }
  for (const { r, purpose, side } of sideRooms) {
    rooms.push(room(rooms.length + 1, purpose, r));
    const line = side === "l" ? nave.x - 1 : nave.x + nave.w;
    doorInRun(
      grid,
      openings,
      "v",
      line,
      r.y,
      r.y + r.h - 1,
      r.y + Math.floor(r.h / 2),
      purpose === "Side chapel" ? { state: "open" } : {},
    );
  }
  windowsAround(grid, openings, shell, rng, 3);

  const f = new Furnisher(grid, Furnisher.doorClearance(openings));
  const stairs: Stair[] = [];
  // Two rows of pillars split the nave into a central space and aisles.
  const px = [nave.x + 1, nave.x + nave.w - 2];
  if (nave.w >= 7)
    for (let y = naveBody.y + 1; y < naveBody.y + naveBody.h - 1; y += 2)
      for (const x of px) f.put("pillar", x, y, 1, 1, { force: true });
  const aisleMid = nave.x + Math.floor(nave.w / 2);
  f.under("rug", aisleMid - 0.5 + (nave.w % 2 ? 0 : -0.5) + 0.5, naveBody.y, nave.w % 2 ? 1 : 1, naveBody.h - 1);
  for (let y = naveBody.y + 2; y < naveBody.y + naveBody.h - 2; y += 2) {
    const left = px[0] + 1;
    const leftW = aisleMid - left - (nave.w % 2 ? 0 : 1);
    if (leftW >= 1) f.put("pew", left, y, leftW, 1);
    const right = aisleMid + 1;
    const rightW = px[1] - right;
    if (rightW >= 1) f.put("pew", right, y, rightW, 1);
  }
  if (sanctumH) {
    f.put("altar", aisleMid - 1, nave.y + 1, 3, 1, { force: true });
    f.put("brazier", nave.x, nave.y);
    f.put("brazier", nave.x + nave.w - 1, nave.y);
    f.put("statue", aisleMid, nave.y, 1, 1);
  } else f.put("altar", aisleMid - 1, naveBody.y, 3, 1, { force: true });
  for (const { r, purpose } of sideRooms) {
    if (purpose === "Side chapel") {
      f.put("statue", r.x + Math.floor(r.w / 2), r.y);
      f.put("altar", r.x + Math.floor(r.w / 2) - (r.w >= 3 ? 0 : 0), r.y + 1);
    } else if (purpose === "Vestry" && r.h >= 3) {
      stairs.push({ x: r.x, y: r.y, w: 1, h: 2, direction: "down", toFloor: 1, label: "Stairs down to the crypt" });
      f.reserve(r.x, r.y, 1, 2);
      f.put("rack", r.x + r.w - 1, r.y);
      f.put("chest", r.x + r.w - 1, r.y + r.h - 1);
    } else if (purpose === "Scriptorium" || purpose === "Library") {
      for (let x = r.x; x < r.x + r.w; x++) f.put("bookshelf", x, r.y);
      f.put("table", r.x, r.y + 2, Math.min(2, r.w), 1);
    } else if (purpose === "Reliquary") {
      f.put("chest", r.x, r.y);
      f.put("statue", r.x + r.w - 1, r.y);
    } else if (purpose === "Priest's cell") {
      f.put("bed", r.x, r.y, 1, 2);
      f.put("chest", r.x + r.w - 1, r.y);
    }
    if (flags.crypt && purpose === "Side chapel")
      f.put("sarcophagus", r.x + Math.max(0, Math.floor(r.w / 2) - 1), r.y + r.h - 2, Math.min(2, r.w), 1);
  }
  // Forecourt of flagstones before the great door.
  const door = openings[0];
  const outside = new Furnisher(grid);
  if (door) {
    const court: Rect = { x: Math.max(0, door.x - 3), y: shell.y + shell.h, w: 7, h: H - shell.y - shell.h };
    for (let y = court.y; y < H; y++)
      for (let x = court.x; x < court.x + court.w; x++) if (grid.get(x, y) === ",") grid.set(x, y, "=");
    if (court.h >= 3) outside.put("fountain", door.x - 0.5 + (court.w > 6 ? 0 : 0), court.y + 1, 2, 2);
    scatterGreenery(grid, outside, rng, flags.ruined ? 0.12 : 0.05, [shell, court]);
  }
  if (flags.ruined || flags.collapsed)
    for (let i = 0; i < Math.floor((inner.w * inner.h) / 10); i++) {
      const x = rng.int(inner.x, inner.x + inner.w - 1);
      const y = rng.int(inner.y, inner.y + inner.h - 1);
      if (grid.get(x, y) === "." && f.free(x, y)) grid.set(x, y, "r");
    }
  if (flags.flooded)
    for (let y = naveBody.y + Math.floor(naveBody.h / 2); y < naveBody.y + naveBody.h - 1; y++)
      for (let x = px[0] + 1; x < px[1]; x++) if (grid.get(x, y) === "." && f.free(x, y)) grid.set(x, y, "w");
  const ground: FloorDraft = {
    name: "Temple",
    level: 0,
    grid,
    rooms,
    doors: [],
    openings,
    objects: [...outside.objects, ...f.objects],
    stairs,
    organic: false,
    wallKind: "stone",
    thinWallKind: "stone",
    materials: { ".": "flagstone", "=": "flagstone" },
  };
  const down = stairs.find((st) => st.toFloor === 1);
  const floors = [ground];
  if (down) floors.push(cryptFloor(W, H, shell, nave, down, rng, flags));
  else for (const st of stairs) st.toFloor = null;
  return {
    floors,
    lightColor: "#ffe39a",
    alwaysLit: true,
    safeRooms: /Nave|Side chapel|Scriptorium|Library|Priest/,
    trapBudget: 2,
    secretDoors: 0.6,
    placeNoun: "Temple",
  };
}

/**
 * The crypt under the nave: a vaulted hall with two rows of pillars and sarcophagi between them,
 * burial niches along its sides, reached by a passage from the stairs under the vestry.
 */
function cryptFloor(
  W: number,
  H: number,
  shell: Rect,
  nave: Rect,
  arrival: Stair,
  rng: Rng,
  flags: DescriptionFlags,
): FloorDraft {
  const grid = new TileGrid(W, H, "#");
  const hall: Rect = {
    x: nave.x + 1,
    y: nave.y + 2,
    w: Math.max(3, nave.w - 2),
    h: Math.max(4, Math.floor(nave.h * 0.6)),
  };
  grid.fillRect(hall.x, hall.y, hall.w, hall.h, ".");
  // The passage from the stairs: along the stairs' row, then down the hall's side.
  grid.fillRect(arrival.x, arrival.y, 1, 2, ".");
  const py = arrival.y + 1;
  for (let x = Math.min(arrival.x, hall.x); x <= Math.max(arrival.x, hall.x); x++) grid.set(x, py, ".");
  for (let y = Math.min(py, hall.y); y <= Math.max(py, hall.y); y++) grid.set(hall.x, y, ".");
  const rooms: Room[] = [
    room(1, "Crypt stairs", { x: arrival.x, y: arrival.y, w: 1, h: 2 }, { floor: 1 }),
    room(2, "Crypt", hall, { floor: 1 }),
  ];
  const f = new Furnisher(grid);
  f.reserve(arrival.x, arrival.y, 1, 2);
  // Burial niches: one-square alcoves in the long walls, each with a coffin.
  for (let y = hall.y + 1; y < hall.y + hall.h - 1; y += 2)
    for (const x of [hall.x - 1, hall.x + hall.w]) {
      if (x <= shell.x || x >= shell.x + shell.w - 1 || grid.get(x, y) !== "#") continue;
      grid.set(x, y, ".");
      f.put("bones", x, y);
    }
  if (hall.w >= 5)
    for (let y = hall.y + 1; y < hall.y + hall.h - 1; y += 3) {
      f.put("pillar", hall.x + 1, y);
      f.put("pillar", hall.x + hall.w - 2, y);
    }
  const mid = hall.x + Math.floor(hall.w / 2);
  for (let y = hall.y + 1; y + 1 < hall.y + hall.h - 1; y += 3)
    f.put("sarcophagus", mid - (hall.w % 2 ? 0 : 1), y, hall.w % 2 ? 1 : 2, 2);
  f.put("altar", mid - 1, hall.y + hall.h - 1, 3, 1);
  f.put("brazier", hall.x, hall.y + hall.h - 1);
  if (flags.flooded)
    for (let y = hall.y + Math.floor(hall.h / 2); y < hall.y + hall.h; y++)
      for (let x = hall.x; x < hall.x + hall.w; x++) if (grid.get(x, y) === "." && f.free(x, y)) grid.set(x, y, "w");
  void rng;
  return {
    name: "Crypt",
    level: -1,
    grid,
    rooms,
    doors: [],
    openings: [],
    objects: f.objects,
    stairs: [{ ...arrival, direction: "up", toFloor: 0, label: "Stairs up to the vestry" }],
    organic: false,
    wallKind: "stone",
    thinWallKind: "stone",
    materials: { ".": "flagstone" },
  };
}
