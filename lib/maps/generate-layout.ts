import { createRng, type Rng } from "@/lib/rng";
import { dressFloor } from "./dress-layout";
import { generateCastle } from "./generators/castle";
import { generateCave } from "./generators/cave";
import { generateDungeon } from "./generators/dungeon";
import type { RawLayout } from "./generators/raw-layout";
import { generateTavern } from "./generators/tavern";
import { generateTemple } from "./generators/temple";
import { generateUrban } from "./generators/urban";
import { vectorizeFloor } from "./generators/vectorize";
import { generateWilderness } from "./generators/wilderness";
import { mapTitle, readDescription, type DescriptionFlags } from "./read-description";
import type { Feature, GenerateLayoutInput, MapFloor, MapLayout, MapType, Point, Room } from "@/lib/schemas/map-layout";
import { isWalkable } from "./grid";
import { validateLayout } from "./validate-layout";

export type Generator = (input: GenerateLayoutInput, rng: Rng, flags: DescriptionFlags) => RawLayout;

const GENERATORS: Record<MapType, Generator> = {
  dungeon: generateDungeon,
  cave: generateCave,
  tavern: generateTavern,
  temple: generateTemple,
  castle: generateCastle,
  urban: generateUrban,
  wilderness: generateWilderness,
};

/**
 * Deterministic for (type, difficulty, size, seed, description). The description's words
 * (readDescription) change what is generated and name the map. A random draw can occasionally
 * produce a layout that fails validation; then the next attempt uses a derived seed, so the
 * result is still reproducible. Never returns an invalid layout.
 */
export function generateLayout(input: GenerateLayoutInput): MapLayout {
  const { flags, reading } = readDescription(input.description);
  let lastProblems = "";
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = createRng(
      attempt === 0 ? `${input.mapType}:${input.seed}` : `${input.mapType}:${input.seed}#${attempt}`,
    );
    const raw = GENERATORS[input.mapType](input, rng.fork("geometry"), flags);
    const layout = assembleLayout(raw, input, flags, rng);
    layout.reading = reading;
    const problems = validateLayout(layout);
    if (problems.length === 0) return layout;
    lastProblems = problems.map((p) => p.message).join("; ");
  }
  throw new Error(`Could not generate a valid ${input.mapType} layout: ${lastProblems}`);
}

/**
 * Where a room's number goes: the open square nearest the middle of its box that nothing stands
 * on (a cave chamber's box often has rock at its centre, a hall a table).
 */
function labelPoint(floor: MapFloor, room: Room): Point {
  const cx = room.x + room.w / 2;
  const cy = room.y + room.h / 2;
  const taken = (x: number, y: number) =>
    floor.objects.some((o) => x + 1 > o.x && x < o.x + o.w && y + 1 > o.y && y < o.y + o.h) ||
    floor.traps.some((t) => x >= t.x && x < t.x + t.w && y >= t.y && y < t.y + t.h) ||
    floor.stairs.some((t) => x >= t.x && x < t.x + t.w && y >= t.y && y < t.y + t.h);
  let best: Point = { x: cx, y: cy };
  let bestDistance = Infinity;
  for (let y = room.y; y < room.y + room.h; y++)
    for (let x = room.x; x < room.x + room.w; x++) {
      const t = floor.tiles[y]?.[x];
      if (!isWalkable(t) || t === "w" || taken(x, y)) continue;
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      if (d < bestDistance) [best, bestDistance] = [{ x: x + 0.5, y: y + 0.5 }, d];
    }
  return best;
}

/** Dressing (traps, doors, lights, room key), vector outlines and the ground-floor mirrors. */
export function assembleLayout(
  raw: RawLayout,
  input: GenerateLayoutInput,
  flags: DescriptionFlags,
  rng: Rng,
): MapLayout {
  const floors = raw.floors.map((draft, index) => {
    const dressed = dressFloor({
      rng: rng.fork(`dressing-${index}`),
      draft,
      raw,
      difficulty: input.difficulty,
      dark: flags.dark,
      firstFloor: index === 0,
    });
    return vectorizeFloor(draft, { ...dressed, rng: rng.fork(`outline-${index}`) });
  });
  // Room ids run across floors so the key reads 1, 2, 3… over the whole place.
  let id = 0;
  for (const floor of floors) {
    const renumbered = new Map<number, number>();
    for (const room of floor.rooms) {
      renumbered.set(room.id, id + 1);
      room.id = ++id;
    }
    for (const trap of floor.traps) if (trap.roomId !== undefined) trap.roomId = renumbered.get(trap.roomId);
  }
  for (const floor of floors) for (const room of floor.rooms) room.label ??= labelPoint(floor, room);
  const ground = floors[0];
  const features: Feature[] = [
    // Only what stands in the way: a rug or scattered bones do not take a square from a token.
    ...ground.objects
      .filter((o) => o.blocksMovement)
      .map((o) => ({
        kind: o.kind,
        x: Math.floor(o.x),
        y: Math.floor(o.y),
        w: Math.max(1, Math.round(o.w)),
        h: Math.max(1, Math.round(o.h)),
        ...(o.label ? { label: o.label } : {}),
      })),
    ...ground.stairs.map((s) => ({ kind: "stairs" as const, x: s.x, y: s.y, w: s.w, h: s.h, label: s.label })),
    ...ground.traps.map((t) => ({ kind: "trap" as const, x: t.x, y: t.y, w: t.w, h: t.h, label: t.label })),
  ].filter((f) => f.x >= 0 && f.y >= 0 && f.x + f.w <= input.width && f.y + f.h <= input.height);
  return {
    mapType: input.mapType,
    difficulty: input.difficulty,
    seed: input.seed,
    width: input.width,
    height: input.height,
    title: mapTitle(input.mapType, flags, rng.fork("title")),
    tiles: ground.tiles,
    rooms: ground.rooms,
    doors: ground.gridDoors,
    features,
    lights: ground.lights,
    floors,
  };
}
