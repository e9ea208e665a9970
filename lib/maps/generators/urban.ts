import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { Door, Feature, GenerateLayoutInput, Room } from "../types";
import type { RawLayout } from "./raw-layout";

/**
 * A town quarter: a grid of streets, blocks of walled buildings whose doors face a street,
 * alleys of bare ground between them and a plaza with a well.
 */
export function generateUrban(input: GenerateLayoutInput, rng: Rng): RawLayout {
  const { width, height } = input;
  const grid = new TileGrid(width, height, ",");
  const xs = streetLines(width, rng);
  const ys = streetLines(height, rng);
  for (const x of xs) grid.fillRect(x, 0, 2, height, "=");
  for (const y of ys) grid.fillRect(0, y, width, 2, "=");
  const rooms: Room[] = [];
  const doors: Door[] = [];
  const features: Feature[] = [];
  const purposes = rng.shuffle([...ROOM_PURPOSES.urban]);
  const bounds = (lines: number[], size: number) => [-2, ...lines, size].map((v, i, all) => (i < all.length - 1 ? [v + 2, all[i + 1]] : null)).filter((b): b is number[] => b !== null && b[1] - b[0] >= 4);
  let plaza = false;
  for (const [y0, y1] of bounds(ys, height))
    for (const [x0, x1] of bounds(xs, width)) {
      if (!plaza && x1 - x0 >= 5 && y1 - y0 >= 5 && rng.chance(0.35)) {
        plaza = true;
        grid.fillRect(x0, y0, x1 - x0, y1 - y0, "=");
        features.push({ kind: "well", x: x0 + Math.floor((x1 - x0) / 2), y: y0 + Math.floor((y1 - y0) / 2), w: 1, h: 1 });
        continue;
      }
      const faceUp = y0 > 0 && (y1 >= height || rng.chance(0.5));
      for (let x = x0; x + 4 <= x1; ) {
        const w = Math.min(rng.int(4, 7), x1 - x);
        const h = Math.min(rng.int(4, 7), y1 - y0);
        if (w < 4 || h < 4) break;
        const by = faceUp ? y0 : y1 - h;
        grid.fillRect(x, by, w, h, "#");
        grid.fillRect(x + 1, by + 1, w - 2, h - 2, "_");
        const dx = x + rng.int(1, w - 2);
        const wallY = faceUp ? by : by + h - 1;
        grid.set(dx, wallY, "_");
        // The door edge is the inner side of the doorway square, between it and the room.
        doors.push({ x: dx, y: faceUp ? by + 1 : wallY, side: "h", kind: "door", state: "closed" });
        const purpose = purposes[rooms.length % purposes.length];
        const room: Room = { id: rooms.length + 1, name: purpose, purpose, x: x + 1, y: by + 1, w: w - 2, h: h - 2, contents: [], hazards: [] };
        rooms.push(room);
        if (purpose === "Smithy") features.push({ kind: "hearth", x: room.x, y: room.y, w: 1, h: 1 });
        else features.push({ kind: rng.pick(["table", "crate", "barrel", "bed"] as const), x: room.x + room.w - 1, y: room.y + (faceUp ? room.h - 1 : 0), w: 1, h: 1 });
        x += w + rng.int(1, 2);
      }
    }
  for (let i = 0; i < Math.floor((width * height) / 120); i++) {
    const x = rng.int(0, width - 1);
    const y = rng.int(0, height - 1);
    if (grid.get(x, y) === ",") features.push({ kind: rng.chance(0.7) ? "tree" : "barrel", x, y, w: 1, h: 1 });
  }
  return { grid, rooms, doors, features, lightColor: "#ffcf70" };
}

/** Street positions (2 squares wide) every 9-13 squares, never on the map's last squares. */
function streetLines(size: number, rng: Rng): number[] {
  const lines: number[] = [];
  for (let at = rng.int(5, 8); at < size - 6; at += rng.int(9, 13)) lines.push(at);
  return lines.length > 0 ? lines : [Math.floor(size / 2) - 1];
}
