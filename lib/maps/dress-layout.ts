import type { Rng } from "@/lib/rng";
import { isWalkable, type TileGrid } from "./grid";
import { DIFFICULTY_SHAPE, roomContents, roomHazards } from "./room-key";
import type { Difficulty, Door, Feature, Light, Room } from "./types";

/**
 * The difficulty pass shared by every map type: fills the room key, places a trap where a room
 * has a hazard, locks or hides some doors, and lights rooms (darker places at higher difficulty).
 */
export function dressLayout(args: {
  rng: Rng;
  grid: TileGrid;
  difficulty: Difficulty;
  rooms: Room[];
  doors: Door[];
  features: Feature[];
  lightColor: string;
  alwaysLit?: boolean;
}): { rooms: Room[]; doors: Door[]; features: Feature[]; lights: Light[] } {
  const { rng, grid, difficulty } = args;
  const shape = DIFFICULTY_SHAPE[difficulty];
  const occupied = new Set(args.features.map((f) => `${f.x},${f.y}`));
  const features = [...args.features];
  const lights: Light[] = [];
  const rooms = args.rooms.map((room) => {
    const hazards = roomHazards(difficulty, rng);
    const spot = hazards.length > 0 ? freeSquare(grid, room, occupied, rng) : null;
    if (spot) {
      features.push({ kind: "trap", x: spot[0], y: spot[1], w: 1, h: 1, label: hazards[0] });
      occupied.add(`${spot[0]},${spot[1]}`);
    }
    if (args.alwaysLit || rng.chance(shape.lightChance)) {
      const at = freeSquare(grid, room, new Set(), rng, true);
      if (at) lights.push({ x: at[0], y: at[1], brightFeet: 15, dimFeet: 30, color: args.lightColor, animation: "torch" });
    }
    return { ...room, contents: room.contents.length > 0 ? room.contents : roomContents(room.purpose, rng), hazards };
  });
  // The first door (the way in) is never hidden, so the party can always enter.
  const doors = args.doors.map((door, index): Door => {
    if (index === 0) return door;
    if (rng.chance(shape.secretChance)) return { ...door, kind: "secret", state: "closed" };
    return rng.chance(shape.lockedChance) ? { ...door, state: "locked" } : door;
  });
  return { rooms, doors, features, lights };
}

function freeSquare(grid: TileGrid, room: Room, occupied: Set<string>, rng: Rng, centreFirst = false): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let y = room.y; y < room.y + room.h; y++)
    for (let x = room.x; x < room.x + room.w; x++) if (isWalkable(grid.get(x, y)) && !occupied.has(`${x},${y}`)) candidates.push([x, y]);
  if (candidates.length === 0) return null;
  if (centreFirst) {
    const cx = room.x + room.w / 2 - 0.5;
    const cy = room.y + room.h / 2 - 0.5;
    return candidates.reduce((best, c) => (Math.hypot(c[0] - cx, c[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? c : best));
  }
  return rng.pick(candidates);
}
