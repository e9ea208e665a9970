// What each export says about each kind of wall, on a small hand-made floor whose answers are
// known: Foundry's wall restriction values, door types and states, windows, object and terrain
// walls, one-way ledges, the room key journal and its GM-only pins, and the .dd2vtt portals.
import { roomJournal, OWNERSHIP } from "@/lib/maps/export/foundry-journal";
import { DOOR_STATE, toFoundryScene, WALL_DIRECTION, WALL_DOOR, WALL_SENSE } from "@/lib/maps/export/foundry-scene";
import { mapExports, toFoundryAdventure, type MapExportSource } from "@/lib/maps/export/map-exports";
import { vttFloor } from "@/lib/maps/export/vtt-geometry";
import type { MapFloor, MapLayout } from "@/lib/schemas/map-layout";
import { TOKEN_DISPLAY_MODES, toFoundryToken } from "@/lib/tokens/foundry-token";

const PPS = 70;
// A 12×8 room: walls round the edge of an inner 10×6 floor, a pool, a pillar, a bar, a tree, a ledge.
const ROOM_TILES = ["############", ...Array.from({ length: 6 }, () => "#..........#"), "############"];
const ring = (x0: number, y0: number, x1: number, y1: number) => [
  { x: x0, y: y0 },
  { x: x1, y: y0 },
  { x: x1, y: y1 },
  { x: x0, y: y1 },
];
const FLOOR: MapFloor = {
  name: "Ground floor",
  level: 0,
  tiles: ROOM_TILES,
  regions: [],
  solid: [],
  walls: [
    {
      kind: "stone",
      points: [
        { x: 1, y: 3 },
        { x: 1, y: 1 },
        { x: 11, y: 1 },
        { x: 11, y: 7 },
        { x: 1, y: 7 },
        { x: 1, y: 4 },
      ],
    },
    {
      kind: "cliff",
      points: [
        { x: 6, y: 5 },
        { x: 9, y: 5 },
      ],
      oneWay: true,
    },
  ],
  doors: [{ a: { x: 1, y: 3 }, b: { x: 1, y: 4 }, kind: "door", state: "locked" }],
  windows: [{ a: { x: 4, y: 1 }, b: { x: 5, y: 1 } }],
  terrain: [
    { kind: "water-deep", polygon: ring(8, 1, 11, 3) },
    { kind: "mud", polygon: ring(2, 5, 3, 6) },
  ],
  objects: [
    {
      kind: "pillar",
      x: 3,
      y: 3,
      w: 1,
      h: 1,
      rotation: 0,
      footprint: ring(3.2, 3.2, 3.8, 3.8),
      blocksMovement: true,
      blocksSight: true,
    },
    {
      kind: "bar",
      x: 5,
      y: 3,
      w: 2,
      h: 1,
      rotation: 0,
      footprint: ring(5, 3, 7, 4),
      blocksMovement: true,
      blocksSight: false,
    },
    {
      kind: "rug",
      x: 2,
      y: 2,
      w: 1,
      h: 1,
      rotation: 0,
      footprint: ring(2, 2, 3, 3),
      blocksMovement: false,
      blocksSight: false,
    },
    {
      kind: "tree",
      x: 8,
      y: 4,
      w: 2,
      h: 2,
      rotation: 0,
      footprint: ring(8, 4, 10, 6),
      blocksMovement: true,
      blocksSight: true,
    },
  ],
  rooms: [
    {
      id: 1,
      name: "Hall",
      purpose: "A <great> hall",
      x: 1,
      y: 1,
      w: 10,
      h: 6,
      contents: ["a bar"],
      hazards: ["a pool"],
      label: { x: 2.5, y: 2.5 },
    },
  ],
  traps: [],
  lights: [{ x: 2, y: 5, brightFeet: 10, dimFeet: 20, color: "#ff9a3c", animation: "torch" }],
  stairs: [],
  gridDoors: [],
  gridWindows: [],
};
const floor = vttFloor(FLOOR, 0, { width: 12, height: 8 }, PPS);
const scene = JSON.parse(
  JSON.stringify(toFoundryScene(floor, { name: "T", pixelsPerSquare: PPS, backgroundSrc: "t.png" })),
);
type Wall = {
  c: number[];
  move: number;
  sight: number;
  light: number;
  sound: number;
  door: number;
  ds: number;
  dir: number;
  threshold: { light: number | null; sight: number | null; attenuation: boolean };
  flags: { "arcane-forge": { kind: string } };
};
const walls: Wall[] = scene.walls;
const ofKind = (kind: string) => walls.filter((w) => w.flags["arcane-forge"].kind === kind);

test("Foundry's constants as v13 defines them", () => {
  expect(WALL_SENSE).toEqual({ NONE: 0, LIMITED: 10, NORMAL: 20, PROXIMITY: 30, DISTANCE: 40 });
  expect(WALL_DOOR).toEqual({ NONE: 0, DOOR: 1, SECRET: 2 });
  expect(DOOR_STATE).toEqual({ CLOSED: 0, OPEN: 1, LOCKED: 2 });
  expect(WALL_DIRECTION).toEqual({ BOTH: 0, LEFT: 1, RIGHT: 2 });
  expect(TOKEN_DISPLAY_MODES).toEqual({ NONE: 0, CONTROL: 10, OWNER_HOVER: 20, HOVER: 30, OWNER: 40, ALWAYS: 50 });
});

test("walls block everything; the polyline's five sides are five walls", () => {
  expect(ofKind("wall")).toHaveLength(5);
  for (const w of ofKind("wall"))
    expect(w).toMatchObject({ move: 20, sight: 20, light: 20, sound: 20, door: 0, dir: 0 });
});

test("a locked door is a door in state LOCKED; secret and open doors get SECRET and OPEN", () => {
  expect(ofKind("door")).toEqual([
    expect.objectContaining({ door: WALL_DOOR.DOOR, ds: DOOR_STATE.LOCKED, move: 20, sight: 20 }),
  ]);
  for (const [kind, state, door, ds] of [
    ["secret", "closed", 2, 0],
    ["door", "open", 1, 1],
    ["door", "closed", 1, 0],
  ] as const) {
    const f = vttFloor(
      { ...FLOOR, doors: [{ a: { x: 1, y: 3 }, b: { x: 1, y: 4 }, kind, state }] },
      0,
      { width: 12, height: 8 },
      PPS,
    );
    expect(
      toFoundryScene(f, { name: "T", pixelsPerSquare: PPS, backgroundSrc: "t.png" }).walls.find((w) => w.door > 0),
    ).toMatchObject({ door, ds });
  }
});

test("a window blocks movement and lets sight and light through within 10 ft, attenuated", () => {
  expect(ofKind("window")).toEqual([
    expect.objectContaining({
      move: 20,
      sight: 30,
      light: 30,
      sound: 20,
      door: 0,
      threshold: { light: 10, sight: 10, sound: null, attenuation: true },
    }),
  ]);
});

test("a pillar and a tree trunk are object walls (movement blocked, sight limited); a bar blocks movement only; a rug nothing", () => {
  const objects = ofKind("object");
  expect(objects).toHaveLength(8); // the pillar's square and the trunk's diamond
  for (const w of objects) expect(w).toMatchObject({ move: 20, sight: 10, light: 10 });
  // The trunk sits at the tree's centre (9,5), half a square across; not its 2×2 canopy.
  const trunk = floor.objects[1].points;
  // Snapped to whole pixels at 70 px per square (4.75 squares is 332.5 px → 333 px).
  const px = (v: number) => Math.round(v * PPS) / PPS;
  expect(trunk).toEqual([
    { x: 9, y: px(4.75) },
    { x: px(9.25), y: 5 },
    { x: 9, y: px(5.25) },
    { x: px(8.75), y: 5 },
  ]);
  for (const w of objects) for (const v of w.c) expect(Number.isInteger(v)).toBe(true);
  const trunkXs = objects.slice(4).flatMap((w) => [w.c[0], w.c[2]]);
  expect(Math.max(...trunkXs) - Math.min(...trunkXs)).toBe(0.5 * PPS);
  // The bar's four sides: movement-only walls.
  expect(
    floor.walls.filter(
      (w) =>
        w.kind === "terrain" && Math.min(w.x0, w.x1) >= 5 && Math.max(w.x0, w.x1) <= 7 && Math.min(w.y0, w.y1) >= 3,
    ),
  ).toHaveLength(4);
  for (const w of ofKind("terrain")) expect(w).toMatchObject({ move: 20, sight: 0, light: 0, sound: 0 });
  expect(floor.objects.map((o) => o.label)).toEqual(["pillar", "tree"]);
});

test("deep water's edge blocks movement only, except where a wall already stands; mud is not walled", () => {
  const terrain = floor.walls.filter((w) => w.kind === "terrain");
  // The pool (8..11 × 1..3) lies against the outer wall at its top and right: only its left and bottom edges remain.
  expect(terrain).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ x0: 8, y0: 3, x1: 8, y1: 1 }),
      expect.objectContaining({ x0: 11, y0: 3, x1: 8, y1: 3 }),
    ]),
  );
  expect(terrain.some((w) => w.y0 === 1 && w.y1 === 1)).toBe(false);
  expect(terrain.some((w) => w.x0 === 2 || w.x1 === 2)).toBe(false);
  // The bar's four sides are the rest.
  expect(terrain).toHaveLength(2 + 4);
});

test("a cliff is one-way: it stops movement from one side only and hides nothing", () => {
  expect(ofKind("ledge")).toEqual([
    expect.objectContaining({ move: 20, sight: 0, light: 0, dir: WALL_DIRECTION.LEFT }),
  ]);
});

test("the cliff blocks the side the layout means (left of its direction of travel, above the drop)", () => {
  // Foundry v13: foundry.utils.orient2dFast, Edge#orientPoint, and ClockwiseSweepPolygon's rule that
  // a one-way edge is ignored for an origin on the side its direction names.
  type P = { x: number; y: number };
  const orient2dFast = (a: P, b: P, c: P) => (a.y - c.y) * (b.x - c.x) - (a.x - c.x) * (b.y - c.y);
  const orientPoint = (a: P, b: P, p: P) => (orient2dFast(a, b, p) < 0 ? WALL_DIRECTION.LEFT : WALL_DIRECTION.RIGHT);
  const [ledge] = ofKind("ledge");
  const [a, b] = [
    { x: ledge.c[0], y: ledge.c[1] },
    { x: ledge.c[2], y: ledge.c[3] },
  ];
  const blocks = (origin: P) => orientPoint(a, b, origin) !== ledge.dir;
  // The cliff runs (6,5) → (9,5), left to right on screen: its left is above it (smaller y).
  const mid = { x: (a.x + b.x) / 2, y: a.y };
  expect(blocks({ x: mid.x, y: mid.y - PPS / 2 })).toBe(true);
  expect(blocks({ x: mid.x, y: mid.y + PPS / 2 })).toBe(false);
});

test("the room key is one journal, hidden from players, a page per room; each pin opens its page", () => {
  const map: MapExportSource = {
    id: "2b7c9c40-0c4e-4bd8-9d43-1b0c5a9e2f11",
    name: "Inn",
    version: 2,
    pixelsPerSquare: PPS,
    layout: {
      mapType: "tavern",
      difficulty: "easy",
      seed: "s",
      width: 12,
      height: 8,
      tiles: ROOM_TILES,
      rooms: FLOOR.rooms,
      doors: [],
      features: [],
      lights: [],
      floors: [FLOOR],
    } as MapLayout,
  };
  const exports = mapExports(map);
  expect(exports.journal.ownership).toEqual({ default: OWNERSHIP.NONE });
  expect(exports.journal.pages).toHaveLength(1);
  expect(exports.journal.pages[0]).toMatchObject({
    name: "1. Hall",
    type: "text",
    ownership: { default: OWNERSHIP.INHERIT },
    text: { format: 1 },
  });
  expect(exports.journal.pages[0].text.content).toContain("A &lt;great&gt; hall");
  expect(exports.journal.pages[0].text.content).toContain("<li>a pool</li>");
  const [note] = exports.scenes[0].withNotes.notes;
  expect(note).toMatchObject({ entryId: exports.journal._id, pageId: exports.journal.pages[0]._id, global: false });
  expect(exports.scenes[0].plain.notes).toEqual([]);
  for (const id of [exports.journal._id, exports.journal.pages[0]._id, note._id, exports.scenes[0].plain._id])
    expect(id).toMatch(/^[a-zA-Z0-9]{16}$/);
  // Stable: the same map downloads with the same ids.
  expect(mapExports(map).journal._id).toBe(exports.journal._id);
  const adventure = toFoundryAdventure(map, exports, "p.png");
  expect(adventure.scenes[0].notes[0].entryId).toBe(adventure.journal[0]._id);
  expect(roomJournal({ rooms: [] }, { key: "k", name: "n" }).pages).toEqual([]);
});

test("the .dd2vtt: walls joined, windows open portals, every door a closed portal, objects separate", () => {
  const uvtt = toUniversalVttOf();
  expect(uvtt.line_of_sight).toHaveLength(1); // the five-sided wall is one polyline
  expect(uvtt.portals).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        closed: true,
        bounds: [
          { x: 1, y: 3 },
          { x: 1, y: 4 },
        ],
      }),
      expect.objectContaining({
        closed: false,
        bounds: [
          { x: 4, y: 1 },
          { x: 5, y: 1 },
        ],
      }),
    ]),
  );
  expect(uvtt.objects_line_of_sight).toHaveLength(2);
  for (const o of uvtt.objects_line_of_sight) expect(o[0]).toEqual(o[o.length - 1]);
});

test("placed tokens show a PC's name and bars to everyone, a monster's to its owner only", () => {
  const pc = toFoundryToken({
    name: "A",
    disposition: "PC",
    creatureSize: "MEDIUM",
    gridWidth: 1,
    gridHeight: 1,
    textureSrc: "a.webp",
  });
  const ogre = toFoundryToken({
    name: "O",
    disposition: "HOSTILE",
    creatureSize: "LARGE",
    gridWidth: 2,
    gridHeight: 2,
    textureSrc: "o.webp",
  });
  expect([pc.displayName, pc.displayBars]).toEqual([50, 50]);
  expect([ogre.displayName, ogre.displayBars]).toEqual([40, 40]);
});

function toUniversalVttOf() {
  const map: MapExportSource = {
    id: "2b7c9c40-0c4e-4bd8-9d43-1b0c5a9e2f11",
    name: "Inn",
    version: 1,
    pixelsPerSquare: PPS,
    layout: {
      mapType: "tavern",
      difficulty: "easy",
      seed: "s",
      width: 12,
      height: 8,
      tiles: ROOM_TILES,
      rooms: [],
      doors: [],
      features: [],
      lights: [],
      floors: [FLOOR],
    } as MapLayout,
  };
  const exports = mapExports(map);
  return JSON.parse(JSON.stringify(exports.universalVtt(exports.floors[0], "AAAA")));
}
