import type { TileGrid } from "../grid";
import type {
  Door,
  Material,
  MapObject,
  ObjectKind,
  Room,
  Stair,
  Tile,
  WallKind,
  WallLine,
} from "@/lib/schemas/map-layout";

/**
 * A door or window standing in a thin wall: the wall square (x, y) of '|' tiles it replaces.
 * `along` is the wall's direction ("h": the wall runs left–right). A door square is floor on the
 * grid (one can walk through), a window square stays wall.
 */
export type SquareOpening = {
  x: number;
  y: number;
  along: "h" | "v";
  what: "door" | "window";
  kind?: "door" | "secret";
  state?: "closed" | "open" | "locked";
};

/** One storey as a generator leaves it: the working grid plus what stands on it. */
export type FloorDraft = {
  name: string;
  level: number;
  grid: TileGrid;
  rooms: Room[];
  /** Doors on grid edges between two walkable squares (thick walls: dungeons, castle walls). */
  doors: Door[];
  /** Doors and windows in thin '|' walls (buildings). */
  openings: SquareOpening[];
  objects: MapObject[];
  stairs: Stair[];
  /** Natural edges ('#' outlines smoothed: caves, cliffs, boulders). */
  organic: boolean;
  /** How '#' outlines and '|' walls look. */
  wallKind: WallKind;
  thinWallKind: WallKind;
  /** Walls that are not outlines of the grid: a cave ledge (one-way cliff edge inside a chamber). */
  extraWalls?: WallLine[];
  /** What each walkable tile is made of on this floor (defaults in vectorize.ts). */
  materials?: Partial<Record<Tile, Material>>;
};

/** What a map-type generator hands to the shared difficulty pass (see dress-layout.ts). */
export type RawLayout = {
  floors: FloorDraft[];
  lightColor: string;
  alwaysLit?: boolean;
  /** How often doors are secret, relative to the difficulty's rate (an inn has none). Default 1. */
  secretDoors?: number;
  /** Daylight places: no torches in the rooms (fires still glow). */
  unlit?: boolean;
  /** Where traps may go: rooms whose purpose matches are never trapped (a tavern's common room). */
  safeRooms?: RegExp;
  /** How many traps at most per floor, before difficulty (a tavern hides one or two, a crypt many). */
  trapBudget: number;
  /** Words for the name ("The Drowned Crypt"): the place noun, chosen from the content. */
  placeNoun: string;
};

const BLOCKING: Partial<Record<ObjectKind, [boolean, boolean]>> = {
  pillar: [true, true],
  statue: [true, true],
  tree: [true, true],
  rock: [true, true],
  stalagmite: [true, true],
  bookshelf: [true, true],
  rack: [true, false],
  bar: [true, false],
  table: [true, false],
  bed: [true, false],
  hearth: [true, false],
  altar: [true, false],
  sarcophagus: [true, false],
  well: [true, false],
  fountain: [true, false],
  throne: [true, false],
  wagon: [true, true],
  tent: [true, true],
  cage: [true, false],
  cart: [true, false],
  stove: [true, false],
  anvil: [true, false],
  pew: [true, false],
  chest: [true, false],
  barrel: [true, false],
  crate: [true, false],
  log: [true, false],
  bench: [true, false],
};
const ROUND = new Set<ObjectKind>([
  "pillar",
  "tree",
  "barrel",
  "well",
  "fountain",
  "stalagmite",
  "campfire",
  "brazier",
  "bush",
  "fungus",
  "rock",
]);

/** An object with its footprint and blocking filled in from its kind. */
export function makeObject(
  kind: ObjectKind,
  x: number,
  y: number,
  w = 1,
  h = 1,
  extra: { rotation?: number; label?: string; inset?: number } = {},
): MapObject {
  const [blocksMovement, blocksSight] = BLOCKING[kind] ?? [false, false];
  const inset = extra.inset ?? (ROUND.has(kind) ? 0.12 : 0.06);
  const cx = x + w / 2;
  const cy = y + h / 2;
  let footprint;
  if (ROUND.has(kind)) {
    const rx = w / 2 - inset;
    const ry = h / 2 - inset;
    footprint = Array.from({ length: 8 }, (_, i) => ({
      x: round(cx + rx * Math.cos((i * Math.PI) / 4)),
      y: round(cy + ry * Math.sin((i * Math.PI) / 4)),
    }));
  } else {
    const r = ((extra.rotation ?? 0) * Math.PI) / 180;
    const corners = [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ].map(([sx, sy]) => [(sx * (w - 2 * inset)) / 2, (sy * (h - 2 * inset)) / 2]);
    footprint = corners.map(([dx, dy]) => ({
      x: round(cx + dx * Math.cos(r) - dy * Math.sin(r)),
      y: round(cy + dx * Math.sin(r) + dy * Math.cos(r)),
    }));
  }
  return {
    kind,
    x,
    y,
    w,
    h,
    rotation: extra.rotation ?? 0,
    footprint,
    blocksMovement,
    blocksSight,
    ...(extra.label ? { label: extra.label } : {}),
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
