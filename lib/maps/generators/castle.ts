import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import type { DescriptionFlags } from "../read-description";
import type { Door, GenerateLayoutInput, MapObject, Room, Stair } from "@/lib/schemas/map-layout";
import { doorInRun, Furnisher, room, thinBox, vLine, windowsAround, type Rect } from "./building-kit";
import { makeObject, type FloorDraft, type RawLayout, type SquareOpening } from "./raw-layout";

/**
 * A castle: a thick curtain wall with square towers at the corners and a gatehouse in the south
 * wall, an earthen courtyard with a well, the keep against the north wall holding the great hall
 * and the lord's rooms, and lean-to buildings (barracks, stables, kitchen) along the walls. A
 * moat with a bridge when there is room for it.
 */
export function generateCastle(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags): RawLayout {
  const { width: W, height: H } = input;
  const grid = new TileGrid(W, H, ",");
  const moat = W >= 30 && H >= 30 ? 2 : 0;
  const m = moat ? moat + 2 : 1;
  const wall: Rect = { x: m, y: m - (moat ? 1 : 0), w: W - 2 * m, h: H - 2 * m };
  if (moat)
    for (let y = wall.y - 2; y < wall.y + wall.h + 2; y++)
      for (let x = wall.x - 2; x < wall.x + wall.w + 2; x++) {
        const ring = x < wall.x || y < wall.y || x >= wall.x + wall.w || y >= wall.y + wall.h;
        if (ring && grid.inside(x, y))
          grid.set(
            x,
            y,
            x === wall.x - 2 || x === wall.x + wall.w + 1 || y === wall.y - 2 || y === wall.y + wall.h + 1 ? "w" : "~",
          );
      }
  const t = W >= 24 && H >= 24 ? 2 : 1;
  grid.fillRect(wall.x, wall.y, wall.w, wall.h, "#");
  const court: Rect = { x: wall.x + t, y: wall.y + t, w: wall.w - 2 * t, h: wall.h - 2 * t };
  grid.fillRect(court.x, court.y, court.w, court.h, ":");
  const rooms: Room[] = [];
  const doors: Door[] = [];
  // Gatehouse: a passage through the south wall, gates at both ends, guard rooms either side.
  const gx = wall.x + Math.floor(wall.w / 2) + rng.int(-2, 2);
  const gy0 = court.y + court.h;
  grid.fillRect(gx, gy0, 1, wall.y + wall.h - gy0, ".");
  // The gate stands open; the inner door of the passage closes it off from the courtyard.
  doors.push({ x: gx, y: wall.y + wall.h, side: "h", kind: "door", state: "open" });
  rooms.push(room(1, "Gatehouse", { x: gx, y: gy0, w: 1, h: wall.y + wall.h - gy0 }));
  if (wall.y + wall.h < H)
    grid.set(
      gx,
      wall.y + wall.h,
      grid.get(gx, wall.y + wall.h) === "~" || grid.get(gx, wall.y + wall.h) === "w" ? "_" : ":",
    );
  if (moat) {
    grid.fillRect(gx - 1, wall.y + wall.h, 3, H - wall.y - wall.h, "_");
    for (let y = wall.y + wall.h + 2; y < H; y++)
      grid.set(gx - 1, y, grid.get(gx - 1, y) === "," ? ":" : grid.get(gx - 1, y)!);
  }
  // Towers at the corners: stone rooms in the wall mass, opening onto the courtyard.
  const towerStairs: Stair[] = [];
  const f0: MapObject[] = [];
  const ts = t + 3;
  const towers: Rect[] = [
    [wall.x, wall.y],
    [wall.x + wall.w - ts, wall.y],
    [wall.x, wall.y + wall.h - ts],
    [wall.x + wall.w - ts, wall.y + wall.h - ts],
  ].map(([x, y]) => ({ x, y, w: ts, h: ts }));
  if (wall.w >= 16 && wall.h >= 16) {
    for (const [i, tw] of towers.entries()) {
      // Towers stand proud of the wall by one square where the map has room.
      const grow = moat ? 1 : 0;
      const r = { x: tw.x - (i % 2 === 0 ? grow : 0), y: tw.y - (i < 2 ? grow : 0), w: tw.w + grow, h: tw.h + grow };
      grid.fillRect(r.x, r.y, r.w, r.h, "#");
      const inner = { x: r.x + 1, y: r.y + 1, w: r.w - 2, h: r.h - 2 };
      grid.fillRect(inner.x, inner.y, inner.w, inner.h, ".");
      // With treasure in the description, the first tower is the treasury.
      const treasury = flags.treasure && i === 0 && inner.w >= 3;
      rooms.push(room(rooms.length + 1, treasury ? "Treasury" : "Tower", inner));
      if (treasury)
        f0.push(
          makeObject("chest", inner.x + inner.w - 1, inner.y + inner.h - 1),
          makeObject("chest", inner.x + inner.w - 2, inner.y),
        );
      // A stair climbs to the wall walk in the tower's back corner.
      const sx = i % 2 === 0 ? inner.x : inner.x + inner.w - 1;
      const sy = i < 2 ? inner.y : inner.y + inner.h - 1;
      towerStairs.push({
        x: sx,
        y: sy,
        w: 1,
        h: 1,
        direction: "up",
        toFloor: null,
        label: "Tower stairs to the wall walk",
      });
      // A doorway from the courtyard side.
      // A passage through the wall from the tower room to the courtyard, nothing longer: it
      // cuts only through masonry and stops at the first open square.
      const dy = i < 2 ? inner.y + inner.h - 1 : inner.y;
      const step = i % 2 === 0 ? 1 : -1;
      for (
        let x = i % 2 === 0 ? inner.x + inner.w : inner.x - 1, n = 0;
        grid.get(x, dy) === "#" && n < 8;
        x += step, n++
      )
        grid.set(x, dy, ".");
      const doorX = i % 2 === 0 ? inner.x + inner.w : inner.x;
      doors.push({ x: doorX, y: dy, side: "v", kind: "door", state: "closed" });
    }
  }
  // Keep against the north wall: great hall below, lord's rooms above.
  const openings: SquareOpening[] = [];
  // With towers, the keep leaves the courtyard squares their passages open onto (ts - t + 1 from
  // each side wall): a keep wall there would seal the northern towers off.
  const sideGap = towers.length && wall.w >= 16 && wall.h >= 16 ? 2 * (ts - t + 1) : 6;
  const kw = Math.min(court.w - sideGap, Math.max(8, Math.floor(court.w * rng.range(0.45, 0.62))));
  const kh = Math.min(court.h - 6, Math.max(7, Math.floor(court.h * rng.range(0.38, 0.5))));
  const f = new Furnisher(grid);
  if (kw >= 6 && kh >= 6) {
    const keep: Rect = { x: court.x + Math.floor((court.w - kw) / 2), y: court.y, w: kw, h: kh };
    const ki = thinBox(grid, keep, ".");
    doorInRun(grid, openings, "h", keep.y + keep.h - 1, ki.x + 1, ki.x + ki.w - 2, ki.x + Math.floor(ki.w / 2), {
      state: "open",
    });
    const upper = ki.h >= 9 ? 3 : 0;
    const hall: Rect = { ...ki, y: ki.y + (upper ? upper + 1 : 0), h: ki.h - (upper ? upper + 1 : 0) };
    rooms.push(room(rooms.length + 1, "Great hall", hall));
    if (upper) {
      for (let x = keep.x; x < keep.x + keep.w; x++) grid.set(x, ki.y + upper, "|");
      const half = ki.x + Math.floor(ki.w / 2);
      vLine(grid, half, keep.y, ki.y + upper);
      const lord = { x: ki.x, y: ki.y, w: half - ki.x, h: upper };
      const chapel = { x: half + 1, y: ki.y, w: ki.x + ki.w - half - 1, h: upper };
      rooms.push(
        room(rooms.length + 1, "Lord's chamber", lord),
        room(rooms.length + 2, flags.treasure ? "Treasury" : "Chapel", chapel),
      );
      doorInRun(grid, openings, "h", ki.y + upper, lord.x, lord.x + lord.w - 1, lord.x + 1);
      doorInRun(grid, openings, "h", ki.y + upper, chapel.x, chapel.x + chapel.w - 1, chapel.x + chapel.w - 2);
      f.put("bed", lord.x, lord.y, 2, 2);
      f.put("chest", lord.x + lord.w - 1, lord.y);
      if (flags.treasure) {
        f.put("chest", chapel.x, chapel.y);
        f.put("chest", chapel.x + 1, chapel.y);
      } else f.put("altar", chapel.x + Math.floor(chapel.w / 2), chapel.y);
    }
    windowsAround(grid, openings, keep, rng, 3);
    const clear = Furnisher.doorClearance(openings);
    const hf = new Furnisher(grid, clear);
    hf.put("throne", hall.x + Math.floor(hall.w / 2), hall.y, 1, 1);
    hf.under("rug", hall.x + Math.floor(hall.w / 2) - 0.5, hall.y + 1, 2, hall.h - 2);
    if (hall.w >= 7) {
      hf.put("table", hall.x + 1, hall.y + 2, 1, Math.max(1, hall.h - 4));
      hf.put("table", hall.x + hall.w - 2, hall.y + 2, 1, Math.max(1, hall.h - 4));
    }
    hf.put("hearth", hall.x, hall.y, 1, 2);
    for (let y = hall.y + 1; y < hall.y + hall.h - 1; y += 3) {
      hf.put("pillar", hall.x + 2, y);
      hf.put("pillar", hall.x + hall.w - 3, y);
    }
    f.objects.push(...hf.objects);
    // Lean-to buildings along the west and east walls.
    const leanW = Math.min(5, Math.floor((court.w - kw) / 2) - 1);
    for (const [side, purpose] of [
      ["w", "Barracks"],
      ["e", "Kitchen"],
    ] as const) {
      if (leanW < 4) break;
      const r: Rect = {
        x: side === "w" ? court.x - 1 : court.x + court.w - leanW + 1,
        y: court.y + kh + 1,
        w: leanW,
        h: Math.min(8, court.h - kh - 4),
      };
      if (r.h < 4) continue;
      const ri = thinBox(grid, r, "_");
      // The curtain wall is the lean-to's back wall.
      const back = side === "w" ? r.x : r.x + r.w - 1;
      for (let y = r.y; y < r.y + r.h; y++) grid.set(back, y, "#");
      rooms.push(room(rooms.length + 1, purpose, ri));
      doorInRun(grid, openings, "v", side === "w" ? r.x + r.w - 1 : r.x, ri.y, ri.y + ri.h - 1, ri.y + 1);
      windowsAround(grid, openings, r, rng, 3);
      const bf = new Furnisher(grid, Furnisher.doorClearance(openings));
      if (purpose === "Barracks") for (let y = ri.y; y + 1 < ri.y + ri.h; y += 2) bf.put("bed", ri.x, y, 2, 1);
      else {
        bf.put("stove", ri.x + ri.w - 1, ri.y, 1, 2);
        bf.put("table", ri.x, ri.y + 1, 1, 2);
        bf.put("barrel", ri.x + ri.w - 1, ri.y + ri.h - 1);
      }
      f.objects.push(...bf.objects);
    }
  }
  // Stables against the south curtain wall, west of the gate, open stalls along the back.
  // (Clear of the corner tower's passage: it starts past the tower.)
  const stableX = wall.x + ts + 2;
  const stableW = gx - stableX - 2;
  if (stableW >= 6 && court.h >= 16) {
    const r: Rect = { x: stableX, y: court.y + court.h - 4, w: stableW, h: 5 };
    const ri = thinBox(grid, r, "_");
    for (let x = r.x; x < r.x + r.w; x++) grid.set(x, r.y + r.h - 1, "#");
    for (let x = ri.x + 2; x < ri.x + ri.w - 1; x += 3) grid.set(x, ri.y + ri.h - 1, "|");
    rooms.push(room(rooms.length + 1, "Stables", ri));
    doorInRun(grid, openings, "h", r.y, ri.x, ri.x + ri.w - 1, ri.x + Math.floor(ri.w / 2), { state: "open" });
    const sf = new Furnisher(grid, Furnisher.doorClearance(openings));
    for (let x = ri.x; x < ri.x + ri.w; x += 3) sf.put("crate", x, ri.y + ri.h - 1, 1, 1, { label: "hay" });
    sf.put("barrel", ri.x + ri.w - 1, ri.y);
    f.objects.push(...sf.objects);
  }
  rooms.push(room(rooms.length + 1, "Courtyard", { x: court.x, y: court.y + kh, w: court.w, h: court.h - kh }));
  const cf = new Furnisher(grid, Furnisher.doorClearance(openings));
  for (const o of f.objects) cf.reserve(Math.floor(o.x), Math.floor(o.y), Math.ceil(o.w), Math.ceil(o.h));
  cf.put("well", court.x + Math.floor(court.w / 2) - 1, court.y + court.h - 4, 2, 2);
  cf.put("wagon", court.x + 1, court.y + court.h - 3, 3, 2);
  cf.put("rack", court.x + court.w - 2, court.y + court.h - 2);
  // A training yard and stores about the courtyard.
  for (let i = 0; i < 3; i++) cf.put("rack", court.x + court.w - 2 - i * 2, court.y + kh + 2);
  for (let i = 0; i < 4; i++) cf.put(i % 2 ? "barrel" : "crate", court.x + 1 + i, court.y + kh + 1);
  cf.put("cart", court.x + Math.floor(court.w / 2) + 3, court.y + court.h - 3, 2, 2);
  for (let i = 0; i < Math.floor(court.w / 6); i++) {
    const x = rng.int(court.x + 1, court.x + court.w - 2);
    const y = rng.int(court.y + kh + 3, court.y + court.h - 2);
    cf.put(rng.pick(["barrel", "crate", "bush"] as const), x, y);
  }
  if (flags.ruined)
    for (let i = 0; i < Math.floor(wall.w / 3); i++) {
      const x = rng.int(wall.x + 3, wall.x + wall.w - 4);
      const y = rng.pick([wall.y, wall.y + 1]);
      grid.set(x, y, "r");
    }
  const ground: FloorDraft = {
    name: "Castle",
    level: 0,
    grid,
    rooms,
    doors,
    openings,
    objects: [...f0, ...f.objects, ...cf.objects],
    stairs: towerStairs,
    organic: false,
    wallKind: "stone",
    thinWallKind: "stone",
    materials: { ":": "dirt", ".": "flagstone" },
  };
  return {
    floors: [ground],
    lightColor: "#ffc46b",
    alwaysLit: true,
    safeRooms: /Courtyard|Great hall|Chapel|Kitchen|Barracks/,
    trapBudget: 2,
    secretDoors: 0.6,
    placeNoun: "Keep",
  };
}
