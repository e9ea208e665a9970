import type { Rng } from "@/lib/rng";
import type { FloorDraft, RawLayout } from "./generators/raw-layout";
import { isWalkable, type TileGrid } from "./grid";
import { DIFFICULTY_SHAPE, roomContents, roomHazards } from "./room-key";
import type { Difficulty, Light, Room, Trap } from "@/lib/schemas/map-layout";

const TRAP_SCALE: Record<Difficulty, number> = { easy: 0.5, medium: 1, hard: 1.5, deadly: 2 };

/**
 * The difficulty pass shared by every map type, per floor: fills the room key, sets traps where
 * the place allows them (never in its safe rooms, at most the place's budget scaled by
 * difficulty: a tavern hides one or two, a crypt many), locks or hides some doors and leaves some
 * open, and lights rooms (darker places at higher difficulty).
 */
export function dressFloor(args: {
  rng: Rng;
  draft: FloorDraft;
  raw: RawLayout;
  difficulty: Difficulty;
  dark?: boolean;
  firstFloor: boolean;
}): { traps: Trap[]; lights: Light[] } {
  const { rng, draft, raw, difficulty } = args;
  const shape = DIFFICULTY_SHAPE[difficulty];
  const grid = draft.grid;
  const occupied = new Set<string>();
  for (const o of draft.objects)
    for (let y = Math.floor(o.y); y < Math.ceil(o.y + o.h); y++)
      for (let x = Math.floor(o.x); x < Math.ceil(o.x + o.w); x++) occupied.add(`${x},${y}`);
  for (const s of draft.stairs)
    for (let y = s.y; y < s.y + s.h; y++) for (let x = s.x; x < s.x + s.w; x++) occupied.add(`${x},${y}`);
  const budget = Math.max(difficulty === "easy" ? 0 : 1, Math.round(raw.trapBudget * TRAP_SCALE[difficulty]));
  const traps: Trap[] = [];
  const lights: Light[] = [];
  const order = rng.shuffle(draft.rooms.map((_, i) => i));
  const hazardsOf = new Map<number, string[]>();
  for (const i of order) {
    const room = draft.rooms[i];
    const safe = raw.safeRooms?.test(room.purpose) ?? false;
    const hazards = !safe && traps.length < budget ? roomHazards(difficulty, rng) : [];
    const spot = hazards.length > 0 ? freeSquare(grid, room, occupied, rng) : null;
    if (spot) {
      traps.push({ x: spot[0], y: spot[1], w: 1, h: 1, label: hazards[0], roomId: room.id });
      occupied.add(`${spot[0]},${spot[1]}`);
    }
    hazardsOf.set(i, spot ? hazards : []);
  }
  draft.rooms = draft.rooms.map((room, i) => {
    const lightChance = args.dark ? shape.lightChance / 3 : shape.lightChance;
    if (!raw.unlit && (raw.alwaysLit || rng.chance(lightChance))) {
      const at = freeSquare(grid, room, occupied, rng, true);
      if (at)
        lights.push({ x: at[0], y: at[1], brightFeet: 15, dimFeet: 30, color: raw.lightColor, animation: "torch" });
    }
    return {
      ...room,
      contents: room.contents.length > 0 ? room.contents : roomContents(room.purpose, rng),
      hazards: room.hazards.length > 0 ? room.hazards : (hazardsOf.get(i) ?? []),
    };
  });
  // Fires are lights wherever they are: hearths, stoves, braziers, campfires.
  for (const o of draft.objects)
    if (o.kind === "hearth" || o.kind === "stove" || o.kind === "brazier" || o.kind === "campfire")
      lights.push({
        x: Math.min(grid.width - 1, Math.floor(o.x + o.w / 2)),
        y: Math.min(grid.height - 1, Math.floor(o.y + o.h / 2)),
        brightFeet: o.kind === "brazier" ? 10 : 20,
        dimFeet: o.kind === "brazier" ? 20 : 40,
        color: "#ff9a3c",
        animation: "flame",
      });
  // The first door of the ground floor (the way in) is never hidden or locked.
  draft.doors = draft.doors.map((door, index) =>
    args.firstFloor && index === 0 ? door : dressDoor(door, rng, shape, raw.secretDoors ?? 1),
  );
  let first = args.firstFloor && draft.doors.length === 0;
  draft.openings = draft.openings.map((o) => {
    if (o.what !== "door") return o;
    if (first) {
      first = false;
      return o;
    }
    return dressDoor({ ...o, kind: o.kind ?? "door", state: o.state ?? "closed" }, rng, shape, raw.secretDoors ?? 1);
  });
  return { traps, lights };
}

function dressDoor<T extends { kind: "door" | "secret"; state: "closed" | "open" | "locked" }>(
  door: T,
  rng: Rng,
  shape: (typeof DIFFICULTY_SHAPE)[Difficulty],
  secretScale: number,
): T {
  if (door.kind === "secret" || door.state !== "closed") return door;
  if (rng.chance(shape.secretChance * secretScale)) return { ...door, kind: "secret", state: "closed" };
  if (rng.chance(shape.lockedChance)) return { ...door, state: "locked" };
  return rng.chance(0.3) ? { ...door, state: "open" } : door;
}

function freeSquare(
  grid: TileGrid,
  room: Room,
  occupied: Set<string>,
  rng: Rng,
  centreFirst = false,
): [number, number] | null {
  const candidates: [number, number][] = [];
  for (let y = room.y; y < room.y + room.h; y++)
    for (let x = room.x; x < room.x + room.w; x++) {
      const t = grid.get(x, y);
      if (isWalkable(t) && t !== "w" && t !== "m" && !occupied.has(`${x},${y}`)) candidates.push([x, y]);
    }
  if (candidates.length === 0) return null;
  if (centreFirst) {
    const cx = room.x + room.w / 2 - 0.5;
    const cy = room.y + room.h / 2 - 0.5;
    return candidates.reduce((best, c) =>
      Math.hypot(c[0] - cx, c[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy) ? c : best,
    );
  }
  return rng.pick(candidates);
}
