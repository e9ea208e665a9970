import type { DoorSegment, Segment } from "../geometry";
import type { VttOutline, WallKind } from "./vtt-geometry";

/** Foundry's CONST.WALL_SENSE_TYPES (v12/v13); movement uses NONE and NORMAL of the same scale. */
export const WALL_SENSE = { NONE: 0, LIMITED: 10, NORMAL: 20, PROXIMITY: 30, DISTANCE: 40 } as const;
/** CONST.WALL_DOOR_TYPES, CONST.WALL_DOOR_STATES, CONST.WALL_DIRECTIONS. */
export const WALL_DOOR = { NONE: 0, DOOR: 1, SECRET: 2 } as const;
export const DOOR_STATE = { CLOSED: 0, OPEN: 1, LOCKED: 2 } as const;
export const WALL_DIRECTION = { BOTH: 0, LEFT: 1, RIGHT: 2 } as const;

type Threshold = { light: number | null; sight: number | null; sound: number | null; attenuation: boolean };
export type FoundryWall = {
  c: [number, number, number, number];
  move: number;
  sight: number;
  light: number;
  sound: number;
  door: number;
  ds: number;
  dir: number;
  threshold: Threshold;
  flags: Record<string, Record<string, string>>;
};

const NO_THRESHOLD: Threshold = { light: null, sight: null, sound: null, attenuation: false };

/**
 * Restrictions per kind. A window is what Foundry's window preset and the Universal Battlemap
 * Importer write for a see-through portal: movement blocked, sight and light pass within 10 ft
 * (proximity, attenuated). An object limits sight and light (Foundry's "terrain" wall) and blocks
 * movement; terrain edges and ledges are invisible walls that stop movement only; a ledge stops it
 * from one side (direction LEFT: it collides only when struck from its left side).
 */
const RESTRICTIONS: Record<WallKind, Pick<FoundryWall, "move" | "sight" | "light" | "sound" | "dir" | "threshold">> = {
  wall: {
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.NORMAL,
    light: WALL_SENSE.NORMAL,
    sound: WALL_SENSE.NORMAL,
    dir: WALL_DIRECTION.BOTH,
    threshold: NO_THRESHOLD,
  },
  window: {
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.PROXIMITY,
    light: WALL_SENSE.PROXIMITY,
    sound: WALL_SENSE.NORMAL,
    dir: WALL_DIRECTION.BOTH,
    threshold: { light: 10, sight: 10, sound: null, attenuation: true },
  },
  object: {
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.LIMITED,
    light: WALL_SENSE.LIMITED,
    sound: WALL_SENSE.NONE,
    dir: WALL_DIRECTION.BOTH,
    threshold: NO_THRESHOLD,
  },
  terrain: {
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.NONE,
    light: WALL_SENSE.NONE,
    sound: WALL_SENSE.NONE,
    dir: WALL_DIRECTION.BOTH,
    threshold: NO_THRESHOLD,
  },
  ledge: {
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.NONE,
    light: WALL_SENSE.NONE,
    sound: WALL_SENSE.NONE,
    dir: WALL_DIRECTION.LEFT,
    threshold: NO_THRESHOLD,
  },
};

export type ToCanvas = (x: number, y: number) => [number, number];

export function foundryWall(s: Segment, kind: WallKind, toCanvas: ToCanvas): FoundryWall {
  return {
    c: [...toCanvas(s.x0, s.y0), ...toCanvas(s.x1, s.y1)],
    ...RESTRICTIONS[kind],
    door: WALL_DOOR.NONE,
    ds: DOOR_STATE.CLOSED,
    flags: { "arcane-forge": { kind } },
  };
}

/** A door in a wall: closed, open or locked; a secret door is Foundry's SECRET type (players see wall). */
export function foundryDoor(d: DoorSegment, toCanvas: ToCanvas): FoundryWall {
  const ds = d.state === "locked" ? DOOR_STATE.LOCKED : d.state === "open" ? DOOR_STATE.OPEN : DOOR_STATE.CLOSED;
  return {
    ...foundryWall(d, "wall", toCanvas),
    door: d.kind === "secret" ? WALL_DOOR.SECRET : WALL_DOOR.DOOR,
    ds,
    flags: { "arcane-forge": { kind: d.kind } },
  };
}

/** An object's closed outline as one wall per side. */
export function foundryObjectWalls(o: VttOutline, toCanvas: ToCanvas): FoundryWall[] {
  return o.points.map((p, i) => {
    const q = o.points[(i + 1) % o.points.length];
    return foundryWall({ x0: p.x, y0: p.y, x1: q.x, y1: q.y }, "object", toCanvas);
  });
}
