/**
 * The one layout model every map type produces. Everything downstream (validation, the rendered
 * pictures, Foundry and Universal VTT exports) is derived from it, so they cannot disagree.
 *
 * Units: grid squares (5 ft), floats allowed; (0,0) is the map's top-left corner, x to the right,
 * y downwards; the map spans [0,width] × [0,height]. A square (i,j) covers [i,i+1] × [j,j+1].
 *
 * Two layers describe a place:
 *
 * 1. The working grid (`tiles`, one character per square, per floor). Generators carve on it and
 *    validation / token placement read walkability from it:
 *      '#' solid (rock, masonry: outlined, thick)   '|' thin wall (drawn along the square's middle)
 *      '.' stone floor   '_' wooden floor   ',' grass / ground
 *      '=' street / cobbles   '~' deep water (impassable)   'w' shallow water (walkable, difficult)
 *      ':' dirt / path   's' sand   'c' chasm (impassable)   'l' lava (impassable)   'i' ice
 *      'm' mud / swamp (walkable, difficult)   'r' rubble (walkable, difficult)
 *      ' ' nothing (open air beside an upper floor: not walkable, not drawn)
 *
 * 2. The vector model (`floors[]`), built from the grid by the generator (see generators/vectorize.ts) and
 *    the only thing the picture and the exports draw from:
 *    - `regions`: floor polygons with a material (what the ground looks like).
 *    - `walls`: polylines that block movement and sight. Diagonals and curves are just more
 *      points; natural edges (caves, cliffs) are smoothed and simplified, not one per square edge.
 *      Walls never run through a door or a window: each opening fills a gap between wall ends, so
 *      an export writes walls and openings side by side without overlap.
 *    - `doors` and `windows`: segments in those gaps (both end points on the ends of wall runs).
 *    - `terrain`: polygons with movement rules (deep water, chasm and lava block movement but not
 *      sight; shallow water, mud and rubble are difficult terrain).
 *    - `objects`: pillars, statues, furniture, trees, rocks… with a footprint polygon and whether
 *      they block movement and sight (exports turn blocking ones into object walls).
 *    - `rooms`: the room key; each room has a rectangle (its bounding box on the grid), optionally
 *      a polygon, and `label`, the point where its number is drawn.
 *    - `traps` (DM only), `lights`, and `stairs` that link floors.
 *
 * Multi-storey places have several floors; floors[0] is the ground floor (the one the map's
 * top-level `tiles`, `rooms`, `doors`, `features` and `lights` mirror, kept for older readers and
 * for maps stored before the vector model: `normalizeLayout` in generators/vectorize.ts fills `floors` in for
 * those). A stair on one floor names the floor it leads to and the stair it arrives at.
 */
export const MAP_TYPES = ["dungeon", "cave", "tavern", "temple", "castle", "urban", "wilderness"] as const;
export type MapType = (typeof MAP_TYPES)[number];
export const DIFFICULTIES = ["easy", "medium", "hard", "deadly"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export type Tile = "#" | "|" | "." | "_" | "," | "=" | "~" | "w" | ":" | "s" | "c" | "l" | "i" | "m" | "r" | " ";

/** A point in grid squares. */
export type Point = { x: number; y: number };

/** What the ground is made of: decides the texture in the picture (and nothing else). */
export const MATERIALS = [
  "flagstone",
  "stone",
  "wood",
  "cobbles",
  "grass",
  "dirt",
  "sand",
  "cave",
  "carpet",
  "tile",
  "rubble",
] as const;
export type Material = (typeof MATERIALS)[number];

/** A floor polygon (outer ring, counter-clockwise or clockwise) with optional holes. */
export type FloorRegion = { material: Material; polygon: Point[]; holes?: Point[][] };

/**
 * A wall polyline. `kind` only changes the look (masonry, timber, natural rock, palisade, hedge,
 * cliff). `closed` joins the last point back to the first. `oneWay` (cliffs, ledges): movement is
 * blocked only when crossing from the left side of the direction of travel (points[i] →
 * points[i+1], y down): the left is the low side, so one cannot climb up, while from the right (the
 * top) one can drop down. Sight passes in both directions.
 */
export type WallKind = "stone" | "wood" | "rock" | "palisade" | "hedge" | "cliff";
export type WallLine = { kind: WallKind; points: Point[]; closed?: boolean; oneWay?: boolean };

export type TerrainKind = "water-deep" | "water-shallow" | "chasm" | "lava" | "ice" | "mud" | "rubble";
/** Whether the kind stops a creature walking in (its edge is a movement-only wall for exports). */
export const TERRAIN_BLOCKS_MOVEMENT: Record<TerrainKind, boolean> = {
  "water-deep": true,
  "water-shallow": false,
  chasm: true,
  lava: true,
  ice: false,
  mud: false,
  rubble: false,
};
export type TerrainRegion = { kind: TerrainKind; polygon: Point[]; holes?: Point[][] };

/** A door or secret door filling a gap in a wall: the segment from `a` to `b`. */
export type DoorOpening = { a: Point; b: Point; kind: "door" | "secret"; state: "closed" | "open" | "locked" };
/** A window in a wall: blocks movement, lets sight and light through. */
export type WindowOpening = { a: Point; b: Point };

export const OBJECT_KINDS = [
  "pillar",
  "statue",
  "table",
  "chair",
  "bench",
  "bar",
  "bed",
  "barrel",
  "crate",
  "hearth",
  "altar",
  "pew",
  "throne",
  "rack",
  "bookshelf",
  "chest",
  "well",
  "fountain",
  "tree",
  "bush",
  "rock",
  "stalagmite",
  "campfire",
  "tent",
  "fungus",
  "sarcophagus",
  "cage",
  "rug",
  "cart",
  "stove",
  "wagon",
  "log",
  "brazier",
  "bones",
  "anvil",
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];
/**
 * A placed object. `x, y, w, h` is its unrotated box (top-left and size in squares), `rotation` in
 * degrees about the box centre; `footprint` is the polygon it covers (a circle as a polygon for
 * round things), for object walls. `blocksMovement` / `blocksSight`: a pillar both, a table
 * movement only, a rug neither.
 */
export type MapObject = {
  kind: ObjectKind;
  x: number;
  y: number;
  w: number;
  h: number;
  rotation: number;
  footprint: Point[];
  blocksMovement: boolean;
  blocksSight: boolean;
  label?: string;
};

/** A trap or hazard on the map: DM only (the DM picture marks it, the players' does not). */
export type Trap = { x: number; y: number; w: number; h: number; label: string; roomId?: number };

/** Stairs occupy a box; `toFloor` is the floor index they lead to (null: off the map, e.g. "up to the surface"). */
export type Stair = {
  x: number;
  y: number;
  w: number;
  h: number;
  direction: "up" | "down";
  toFloor: number | null;
  label: string;
};

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
  /** The room's outline when it is not its rectangle (a cave chamber, a round tower). */
  polygon?: Point[];
  /** Where the room number is drawn (defaults to the rectangle's centre). */
  label?: Point;
  /** Which floor the room is on (index into floors; default 0). */
  floor?: number;
};

/**
 * Grid-edge door on the working grid (kept for the grid validator and older readers; the vector
 * `DoorOpening` is what is drawn and exported). "v": the vertical edge at x from (x,y) to (x,y+1),
 * between squares (x-1,y) and (x,y). "h": the horizontal edge at y from (x,y) to (x+1,y), between
 * squares (x,y-1) and (x,y).
 */
export type Door = {
  x: number;
  y: number;
  side: "h" | "v";
  kind: "door" | "secret";
  state: "closed" | "open" | "locked";
};
/** A window on the working grid: the thin-wall square (x, y) it stands in; "h" when the wall runs left–right. */
export type GridWindow = { x: number; y: number; side: "h" | "v" };

/** Legacy furniture kinds (older stored maps); new layouts use `objects`. */
export type FeatureKind = ObjectKind | "trap" | "stairs";
export type Feature = { kind: FeatureKind; x: number; y: number; w: number; h: number; label?: string };

/** A light at a square centre (x+0.5, y+0.5); radii in feet as Foundry wants scene distance units. */
export type Light = {
  x: number;
  y: number;
  brightFeet: number;
  dimFeet: number;
  color: string;
  animation: "torch" | "flame" | "pulse" | "none";
};

/** One storey of a place. */
export type MapFloor = {
  name: string;
  /** 0 ground, 1 upper, -1 cellar / crypt. */
  level: number;
  tiles: string[];
  regions: FloorRegion[];
  /** Outlines of solid rock / masonry ('#' squares, smoothed where natural): the picture fills them. */
  solid: Point[][];
  walls: WallLine[];
  doors: DoorOpening[];
  windows: WindowOpening[];
  terrain: TerrainRegion[];
  objects: MapObject[];
  rooms: Room[];
  traps: Trap[];
  lights: Light[];
  stairs: Stair[];
  /** Grid-edge doors and windows of this floor's working grid (the vector ones are derived from these). */
  gridDoors: Door[];
  gridWindows: GridWindow[];
};

/** How a map's pictures are drawn: full colour, or ink on parchment. */
export const MAP_STYLES = ["painted", "ink"] as const;
export type MapStyleName = (typeof MAP_STYLES)[number];

/** What the description reader understood, shown on the form and stored with the map. */
export type DescriptionReading = { keywords: string[]; effects: string[] };

export type MapLayout = {
  mapType: MapType;
  difficulty: Difficulty;
  seed: string;
  width: number;
  height: number;
  /** A name drawn from the content ("The Drowned Crypt"). */
  title?: string;
  reading?: DescriptionReading;
  /** The style its pictures are drawn in (default "painted"). */
  style?: MapStyleName;
  /** Ground floor mirrors (see the file comment). */
  tiles: string[];
  rooms: Room[];
  doors: Door[];
  features: Feature[];
  lights: Light[];
  /** The vector model; floors[0] is the ground floor. Absent only on maps stored before it. */
  floors?: MapFloor[];
};

export type GenerateLayoutInput = {
  mapType: MapType;
  difficulty: Difficulty;
  width: number;
  height: number;
  seed: string;
  description?: string;
};
