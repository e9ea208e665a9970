/**
 * The one layout model every map type produces. Everything downstream (validation, the rendered
 * picture, Foundry and Universal VTT exports) is derived from it, so they cannot disagree.
 *
 * Coordinates are in grid squares (5 ft). `tiles` is `height` strings of `width` characters:
 *   '#' solid (wall / rock / building shell) — the only thing that makes wall segments
 *   '.' stone floor   '_' wooden floor   ',' grass / ground   '=' street   '~' water (impassable, sight passes)
 */
export const MAP_TYPES = ["dungeon", "cave", "tavern", "temple", "castle", "urban", "wilderness"] as const;
export type MapType = (typeof MAP_TYPES)[number];
export const DIFFICULTIES = ["easy", "medium", "hard", "deadly"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export type Tile = "#" | "." | "_" | "," | "=" | "~";

export type Room = {
  id: number;
  name: string;
  purpose: string;
  x: number;
  y: number;
  w: number;
  h: number;
  contents: string[];
  hazards: string[];
};

/**
 * A door sits on a grid edge between two walkable squares. "v": the vertical edge at x from
 * (x,y) to (x,y+1), between squares (x-1,y) and (x,y). "h": the horizontal edge at y from (x,y)
 * to (x+1,y), between squares (x,y-1) and (x,y).
 */
export type Door = { x: number; y: number; side: "h" | "v"; kind: "door" | "secret"; state: "closed" | "open" | "locked" };

export type FeatureKind =
  | "table" | "chair" | "bar" | "bed" | "barrel" | "hearth" | "altar" | "pew" | "statue" | "throne"
  | "rack" | "chest" | "trap" | "tree" | "rock" | "well" | "stairs" | "pillar" | "crate" | "campfire" | "fungus";

export type Feature = { kind: FeatureKind; x: number; y: number; w: number; h: number; label?: string };

/** A light at a square centre (x+0.5, y+0.5); radii in feet as Foundry wants scene distance units. */
export type Light = { x: number; y: number; brightFeet: number; dimFeet: number; color: string; animation: "torch" | "flame" | "pulse" | "none" };

export type MapLayout = {
  mapType: MapType;
  difficulty: Difficulty;
  seed: string;
  width: number;
  height: number;
  tiles: string[];
  rooms: Room[];
  doors: Door[];
  features: Feature[];
  lights: Light[];
};

export type GenerateLayoutInput = { mapType: MapType; difficulty: Difficulty; width: number; height: number; seed: string };
