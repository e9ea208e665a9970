import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import type { DescriptionFlags } from "../read-description";
import { ROOM_PURPOSES } from "../room-key";
import type { GenerateLayoutInput, Room } from "@/lib/schemas/map-layout";
import { doorInRun, Furnisher, room, thinBox, vLine, windowsAround, type Rect } from "./building-kit";
import type { FloorDraft, RawLayout, SquareOpening } from "./raw-layout";

/**
 * A town quarter: cobbled streets, dirt alleys between timber houses whose doors face a street,
 * windows on every side, some houses divided inside, a plaza with a well (or a market).
 */
export function generateUrban(input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags = {}): RawLayout {
  const { width, height } = input;
  const grid = new TileGrid(width, height, ":");
  const xs = streetLines(width, rng);
  const ys = streetLines(height, rng);
  for (const x of xs) grid.fillRect(x, 0, 2, height, "=");
  for (const y of ys) grid.fillRect(0, y, width, 2, "=");
  const rooms: Room[] = [];
  const openings: SquareOpening[] = [];
  const purposes = rng.shuffle([...ROOM_PURPOSES.urban]);
  const bounds = (lines: number[], size: number) =>
    [-2, ...lines, size]
      .map((v, i, all) => (i < all.length - 1 ? [v + 2, all[i + 1]] : null))
      .filter((b): b is number[] => b !== null && b[1] - b[0] >= 5);
  let plaza: Rect | null = null;
  const houses: { inner: Rect; purpose: string }[] = [];
  for (const [y0, y1] of bounds(ys, height))
    for (const [x0, x1] of bounds(xs, width)) {
      if (!plaza && x1 - x0 >= 6 && y1 - y0 >= 6 && (rng.chance(0.35) || flags.market)) {
        plaza = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
        grid.fillRect(x0, y0, x1 - x0, y1 - y0, "=");
        continue;
      }
      // Tall blocks hold two rows of houses back to back (yards between), short ones one row.
      const rows: [number, number, boolean][] =
        y1 - y0 >= 12
          ? [
              [y0, y0 + Math.floor((y1 - y0 - 1) / 2), y0 > 0],
              [y0 + Math.floor((y1 - y0 - 1) / 2) + 1, y1, !(y1 < height)],
            ]
          : [[y0, y1, y0 > 0 && (y1 >= height || rng.chance(0.5))]];
      for (const [ry0, ry1, faceUp] of rows) placeRow(x0, x1, ry0, ry1, faceUp);
    }
  function placeRow(x0: number, x1: number, y0: number, y1: number, faceUp: boolean) {
    for (let x = x0; x + 5 <= x1;) {
      const w = Math.min(rng.int(5, 8), x1 - x);
      const h = Math.min(rng.int(5, 7), y1 - y0);
      if (w < 5 || h < 5) break;
      const shell = { x, y: faceUp ? y0 : y1 - h, w, h };
      const inner = thinBox(grid, shell, "_");
      const purpose = purposes[houses.length % purposes.length];
      // Bigger houses get a back room: the partition goes in before the doors, so no wall is
      // drawn over a doorway; the street door opens into either half, the other half through
      // the partition's door.
      const split = inner.w >= 6 && rng.chance(0.6) ? inner.x + Math.floor(inner.w / 2) : null;
      if (split !== null) vLine(grid, split, shell.y, shell.y + shell.h - 1);
      doorInRun(
        grid,
        openings,
        "h",
        faceUp ? shell.y : shell.y + shell.h - 1,
        inner.x,
        inner.x + inner.w - 1,
        inner.x + rng.int(0, inner.w - 1),
      );
      if (split !== null) {
        doorInRun(grid, openings, "v", split, inner.y, inner.y + inner.h - 1, inner.y + Math.floor(inner.h / 2));
        houses.push(
          { inner: { ...inner, w: split - inner.x }, purpose },
          { inner: { ...inner, x: split + 1, w: inner.x + inner.w - split - 1 }, purpose: "Back room" },
        );
      } else houses.push({ inner, purpose });
      windowsAround(grid, openings, shell, rng, 3);
      x += w + rng.int(1, 2);
    }
  }
  // Back yards: ground away from the streets turns to grass (gardens); a dirt lane stays along each street.
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (grid.get(x, y) !== ":") continue;
      let nearStreet = false;
      for (let j = -1; j <= 1 && !nearStreet; j++)
        for (let i = -1; i <= 1 && !nearStreet; i++) nearStreet = grid.get(x + i, y + j) === "=";
      if (!nearStreet) grid.set(x, y, ",");
    }
  const f = new Furnisher(grid, Furnisher.doorClearance(openings));
  for (const { inner, purpose } of houses) {
    rooms.push(
      room(
        rooms.length + 1,
        purpose === "Back room" ? `${rooms[rooms.length - 1]?.purpose ?? "House"}: back room` : purpose,
        inner,
        { purpose },
      ),
    );
    const { x, y, w, h } = inner;
    if (purpose === "Smithy") {
      f.put("hearth", x, y, 2, 1);
      f.put("anvil", x + 1, y + 2);
    } else if (purpose === "Back room" || purpose === "Town house") {
      f.put("bed", x, y, 1, 2);
      f.put("chest", x + w - 1, y);
    } else if (purpose === "Warehouse" || purpose === "General store")
      for (let i = 0; i < w; i++) f.put(rng.chance(0.5) ? "crate" : "barrel", x + i, y);
    else if (purpose === "Apothecary") for (let i = 0; i < w; i++) f.put("bookshelf", x + i, y);
    else {
      f.put("table", x + Math.floor(w / 2) - 1, y + Math.floor(h / 2), 2, 1);
      f.put("chair", x + Math.floor(w / 2) - 1, y + Math.floor(h / 2) + 1);
    }
  }
  if (plaza) {
    rooms.push(room(rooms.length + 1, flags.market ? "Market square" : "Plaza", plaza));
    f.put(
      flags.market ? "fountain" : "well",
      plaza.x + Math.floor(plaza.w / 2) - 1,
      plaza.y + Math.floor(plaza.h / 2) - 1,
      2,
      2,
    );
    if (flags.market)
      for (let i = 0; i < 4; i++)
        f.put("cart", plaza.x + 1 + (i % 2) * (plaza.w - 4), plaza.y + 1 + Math.floor(i / 2) * (plaza.h - 4), 2, 2);
  }
  if (rooms.length === 0) rooms.push(room(1, "Street corner", { x: xs[0], y: ys[0], w: 2, h: 2 }));
  for (let i = 0; i < Math.floor((width * height) / 40); i++) {
    const x = rng.int(0, width - 1);
    const y = rng.int(0, height - 1);
    if (grid.get(x, y) === ",") f.put(rng.pick(["bush", "tree", "tree", "bush", "rock"] as const), x, y);
    else if (grid.get(x, y) === ":") f.put(rng.pick(["barrel", "crate"] as const), x, y);
    else if (grid.get(x, y) === "=" && rng.chance(0.2)) f.put("cart", x, y, 1, 1);
  }
  const ground: FloorDraft = {
    name: "Streets",
    level: 0,
    grid,
    rooms,
    doors: [],
    openings,
    objects: f.objects,
    stairs: [],
    organic: false,
    wallKind: "stone",
    thinWallKind: "wood",
    materials: { ":": "dirt" },
  };
  return {
    floors: [ground],
    lightColor: "#ffcf70",
    safeRooms: /Plaza|Market|Street/,
    trapBudget: 2,
    secretDoors: 0.3,
    placeNoun: "Quarter",
  };
}

/** Street positions (2 squares wide) every 10-14 squares, never on the map's last squares. */
function streetLines(size: number, rng: Rng): number[] {
  const lines: number[] = [];
  for (let at = rng.int(6, 9); at < size - 6; at += rng.int(10, 14)) lines.push(at);
  return lines.length > 0 ? lines : [Math.floor(size / 2) - 1];
}
