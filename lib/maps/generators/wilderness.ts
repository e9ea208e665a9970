import type { Rng } from "@/lib/rng";
import { TileGrid } from "../grid";
import { ROOM_PURPOSES } from "../room-key";
import type { Feature, GenerateLayoutInput, Room } from "../types";
import type { RawLayout } from "./raw-layout";

/**
 * Open terrain: a meandering river with a ford, boulders (solid, so they cast shadows in Foundry),
 * trees as features, and a few named areas (clearing, campsite, ford…) as the key.
 */
export function generateWilderness(input: GenerateLayoutInput, rng: Rng): RawLayout {
  const { width, height } = input;
  const grid = new TileGrid(width, height, ",");
  const features: Feature[] = [];
  const riverAlongX = width >= height;
  const length = riverAlongX ? width : height;
  const across = riverAlongX ? height : width;
  let centre = rng.int(Math.floor(across / 3), Math.floor((2 * across) / 3));
  const fordAt = rng.int(Math.floor(length / 4), Math.floor((3 * length) / 4));
  let fordCentre = centre;
  for (let i = 0; i < length; i++) {
    centre = Math.max(2, Math.min(across - 3, centre + (rng.chance(0.35) ? rng.pick([-1, 1]) : 0)));
    if (i === fordAt) fordCentre = centre;
    const ford = Math.abs(i - fordAt) <= 1;
    for (let k = centre - 1; k <= centre + 1; k++) grid.set(riverAlongX ? i : k, riverAlongX ? k : i, ford ? "." : "~");
  }
  const areaCount = Math.max(3, Math.min(6, Math.floor((width * height) / 200)));
  const purposes = ROOM_PURPOSES.wilderness;
  const rooms: Room[] = [];
  for (let attempt = 0; attempt < 200 && rooms.length < areaCount; attempt++) {
    const w = rng.int(4, 6);
    const h = rng.int(4, 6);
    const x = rng.int(0, width - w);
    const y = rng.int(0, height - h);
    const clashes = rooms.some((r) => x < r.x + r.w + 1 && x + w + 1 > r.x && y < r.y + r.h + 1 && y + h + 1 > r.y);
    let water = 0;
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) if (grid.get(i, j) === "~") water++;
    if (clashes || water > 0) continue;
    const purpose = purposes[rooms.length % purposes.length];
    rooms.push({ id: rooms.length + 1, name: purpose, purpose, x, y, w, h, contents: [], hazards: [] });
  }
  const inArea = (x: number, y: number) => rooms.some((r) => x >= r.x - 1 && x <= r.x + r.w && y >= r.y - 1 && y <= r.y + r.h);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if (grid.get(x, y) !== "," || inArea(x, y)) continue;
      const roll = rng.next();
      if (roll < 0.1) features.push({ kind: "tree", x, y, w: 1, h: 1 });
      else if (roll < 0.118) grid.set(x, y, "#");
    }
  for (const room of rooms) {
    const cx = room.x + Math.floor(room.w / 2);
    const cy = room.y + Math.floor(room.h / 2);
    if (room.purpose === "Old campsite") features.push({ kind: "campfire", x: cx, y: cy, w: 1, h: 1 });
    if (room.purpose === "Standing stones") for (const [dx, dy] of [[0, 0], [room.w - 1, 0], [0, room.h - 1], [room.w - 1, room.h - 1]]) grid.set(room.x + dx, room.y + dy, "#");
    if (room.purpose === "Rocky outcrop") features.push({ kind: "rock", x: cx, y: cy, w: 1, h: 1 });
  }
  const fordRoom: Room | undefined = rooms.find((r) => r.purpose === "River ford");
  if (fordRoom) {
    // The ford area is where the river can be crossed; move it there.
    const fx = riverAlongX ? Math.max(0, fordAt - 2) : Math.max(0, fordCentre - 2);
    const fy = riverAlongX ? Math.max(0, fordCentre - 2) : Math.max(0, fordAt - 2);
    Object.assign(fordRoom, { x: Math.min(fx, width - 5), y: Math.min(fy, height - 5), w: 5, h: 5 });
  }
  return { grid, rooms, doors: [], features, lightColor: "#ffb25e" };
}
