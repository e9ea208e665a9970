import type { Rng } from "@/lib/rng";
import type { Feature, FeatureKind, MapType, Room } from "../types";

/** Furniture that says what a room is for, kept off door squares and off the room's edge row. */
export function furnishRoom(room: Room, mapType: MapType, rng: Rng, blocked: Set<string>): Feature[] {
  const out: Feature[] = [];
  const taken = new Set(blocked);
  const put = (kind: FeatureKind, x: number, y: number, w = 1, h = 1, label?: string) => {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) if (taken.has(`${i},${j}`) || i < room.x || j < room.y || i >= room.x + room.w || j >= room.y + room.h) return;
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) taken.add(`${i},${j}`);
    out.push({ kind, x, y, w, h, ...(label ? { label } : {}) });
  };
  const { x, y, w, h } = room;
  const cx = x + Math.floor(w / 2);
  switch (room.purpose) {
    case "Common room":
      put("hearth", cx, y, 2, 1);
      for (let ty = y + 2; ty < y + h - 1; ty += 3) for (let tx = x + 1; tx < x + w - 2; tx += 4) {
        put("table", tx, ty, 2, 1);
        put("chair", tx, ty - 1);
        put("chair", tx + 1, ty + 1);
      }
      break;
    case "Bar and kitchen":
      put("bar", x, y + 1, Math.max(1, w - 1), 1);
      put("barrel", x, y);
      put("barrel", x + 1, y);
      break;
    case "Guest room": case "Priest's cell": case "Lord's chamber": case "Barracks":
      for (let bx = x; bx < x + w - 1; bx += 2) put("bed", bx, y, 1, 2);
      put("chest", x + w - 1, y + h - 1);
      break;
    case "Storeroom": case "Cellar stairs":
      put("barrel", x, y); put("crate", x + 1, y); put("crate", x, y + 1);
      if (room.purpose === "Cellar stairs") put("stairs", x + w - 1, y + h - 1, 1, 1, "Stairs down");
      break;
    case "Nave":
      put("altar", cx, y, 1, 1);
      for (let py = y + 2; py < y + h - 1; py += 2) {
        put("pew", x + 1, py, Math.max(1, Math.floor(w / 2) - 1), 1);
        put("pew", cx + 1, py, Math.max(1, Math.floor(w / 2) - 2), 1);
      }
      break;
    case "Sanctum": case "Chapel": case "Reliquary":
      put("altar", cx, y + 1, 1, 1); put("statue", x, y); put("statue", x + w - 1, y);
      break;
    case "Great hall":
      put("throne", cx, y, 1, 1);
      put("table", x + 1, y + 2, Math.max(1, w - 2), 1);
      for (const [px, py] of [[x, y + h - 1], [x + w - 1, y + h - 1]]) put("pillar", px, py);
      break;
    case "Armory": case "Guard room":
      for (let rx = x; rx < x + w; rx += 2) put("rack", rx, y);
      put("table", cx, y + Math.floor(h / 2));
      break;
    case "Kitchen":
      put("hearth", x, y, 2, 1); put("table", cx, y + 2, 2, 1); put("barrel", x + w - 1, y);
      break;
    case "Treasury": case "Vestry":
      put("chest", x, y); put("chest", x + w - 1, y);
      break;
    default:
      if (rng.chance(0.6)) put(mapType === "castle" ? "rack" : "table", cx, y + Math.floor(h / 2));
  }
  return out;
}
