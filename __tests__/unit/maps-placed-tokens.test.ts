// Issue 5's "optionally the placed tokens": the campaign's tokens stand on free floor near the
// entrance, inside the scene, never on each other — read back from the JSON as Foundry would.
import { paddingOffset, toFoundryScene } from "@/lib/maps/export/foundry-scene";
import {
  entranceSquares,
  placeFootprints,
  placeTokensOnScene,
  type PlaceableToken,
} from "@/lib/maps/export/placed-tokens";
import { generateLayout } from "@/lib/maps/generate-layout";
import { vttFloors } from "@/lib/maps/export/vtt-geometry";
import { isWalkable, TileGrid } from "@/lib/maps/grid";
import { MAP_TYPES, type MapLayout } from "@/lib/schemas/map-layout";
import { SQUARES } from "@/lib/schemas/token-vocabulary";

const PPS = 70;
const token = (
  name: string,
  creatureSize: PlaceableToken["creatureSize"],
  disposition: PlaceableToken["disposition"] = "PC",
): PlaceableToken => ({
  name,
  disposition,
  creatureSize,
  gridWidth: SQUARES[creatureSize],
  gridHeight: SQUARES[creatureSize],
  textureSrc: `arcane-forge/tokens/${name.toLowerCase()}.webp`,
});
const PARTY = [
  token("Tordek", "MEDIUM"),
  token("Pip", "SMALL"),
  token("Ysolde", "MEDIUM"),
  token("Sprite", "TINY", "FRIENDLY"),
  token("Ogre", "LARGE", "HOSTILE"),
  token("Dragon", "HUGE", "HOSTILE"),
];

function sceneWithTokens(layout: MapLayout) {
  const scene = toFoundryScene(vttFloors(layout, PPS)[0], {
    name: "T",
    pixelsPerSquare: PPS,
    backgroundSrc: "maps/t.png",
  });
  const { tokens, unplaced } = placeTokensOnScene(layout, PARTY, PPS);
  return { scene: JSON.parse(JSON.stringify({ ...scene, tokens })), unplaced };
}

describe.each(MAP_TYPES)("%s: placed tokens", (mapType) => {
  const layout = generateLayout({ mapType, difficulty: "hard", width: 36, height: 28, seed: "tokens" });
  const { scene, unplaced } = sceneWithTokens(layout);
  const pad = paddingOffset(scene.width, scene.height, PPS);
  const grid = TileGrid.from(layout.tiles);
  const furniture = new Set(
    layout.features.flatMap((f) =>
      Array.from({ length: f.w * f.h }, (_, i) => `${f.x + (i % f.w)},${f.y + Math.floor(i / f.w)}`),
    ),
  );
  // Squares each token covers (a Tiny one still has its own square).
  const footprint = (t: { x: number; y: number; width: number }) => {
    const sx = (t.x - pad.x) / PPS;
    const sy = (t.y - pad.y) / PPS;
    const n = Math.max(1, Math.ceil(t.width));
    return Array.from({ length: n * n }, (_, i) => [sx + (i % n), sy + Math.floor(i / n)] as const);
  };

  test("every token is placed, with Foundry's token fields", () => {
    expect(unplaced).toEqual([]);
    expect(scene.tokens).toHaveLength(PARTY.length);
    for (const [i, t] of scene.tokens.entries()) {
      expect(t).toMatchObject({
        name: PARTY[i].name,
        width: PARTY[i].gridWidth,
        height: PARTY[i].gridHeight,
        texture: { src: PARTY[i].textureSrc },
        actorLink: false,
      });
      expect([-1, 0, 1]).toContain(t.disposition);
      expect(Number.isInteger(t.x) && Number.isInteger(t.y)).toBe(true);
    }
    expect(scene.tokens.find((t: { name: string }) => t.name === "Ogre").disposition).toBe(-1);
    expect(scene.tokens.find((t: { name: string }) => t.name === "Tordek").disposition).toBe(1);
  });

  test("inside the scene rectangle (padding applied), on the grid", () => {
    for (const t of scene.tokens) {
      expect((t.x - pad.x) % PPS).toBe(0);
      expect((t.y - pad.y) % PPS).toBe(0);
      expect(t.x).toBeGreaterThanOrEqual(pad.x);
      expect(t.y).toBeGreaterThanOrEqual(pad.y);
      expect(t.x + t.width * PPS).toBeLessThanOrEqual(pad.x + scene.width);
      expect(t.y + t.height * PPS).toBeLessThanOrEqual(pad.y + scene.height);
    }
  });

  test("on free floor: walkable squares, no furniture, no two tokens sharing a square", () => {
    const used = new Set<string>();
    for (const t of scene.tokens)
      for (const [x, y] of footprint(t)) {
        expect(isWalkable(grid.get(x, y))).toBe(true);
        expect(furniture.has(`${x},${y}`)).toBe(false);
        expect(used.has(`${x},${y}`)).toBe(false);
        used.add(`${x},${y}`);
      }
  });

  test("near the entrance: the party stands within a few squares of it", () => {
    const [ex, ey] = entranceSquares(layout)[0];
    expect(isWalkable(grid.get(ex, ey))).toBe(true);
    for (const t of scene.tokens.slice(0, 3)) {
      const [x, y] = footprint(t)[0];
      expect(Math.abs(x - ex) + Math.abs(y - ey)).toBeLessThanOrEqual(8);
    }
  });
});

test("the dungeon's party starts in the room called Entrance", () => {
  const layout = generateLayout({ mapType: "dungeon", difficulty: "easy", width: 40, height: 30, seed: "entrance" });
  const room = layout.rooms.find((r) => r.name === "Entrance")!;
  const [[x, y]] = entranceSquares(layout);
  expect(x >= room.x && x < room.x + room.w && y >= room.y && y < room.y + room.h).toBe(true);
});

test("a tavern's party starts at its entrance door (the first door)", () => {
  const layout = generateLayout({ mapType: "tavern", difficulty: "easy", width: 30, height: 24, seed: "door" });
  const door = layout.doors[0];
  const squares = entranceSquares(layout);
  expect(squares.length).toBeGreaterThan(0);
  for (const [x, y] of squares) expect(Math.abs(x - door.x) + Math.abs(y - door.y)).toBeLessThanOrEqual(1);
});

test("a room too small for everyone: tokens spill out along the corridor, and what cannot fit is reported", () => {
  const layout = {
    mapType: "dungeon" as const,
    width: 6,
    height: 3,
    features: [{ kind: "table" as const, x: 2, y: 1, w: 1, h: 1 }],
    doors: [],
    rooms: [{ id: 1, name: "Entrance", purpose: "Entrance", x: 1, y: 1, w: 1, h: 1, contents: [], hazards: [] }],
    tiles: ["######", "#..#.#", "######"],
  };
  // Square (2,1) has a table, (4,1) is walled off: only (1,1) is free and reachable.
  expect(placeFootprints(layout, [1, 1, 2])).toEqual([[1, 1], null, null]);
  const { tokens, unplaced } = placeTokensOnScene(layout, [token("A", "MEDIUM"), token("B", "MEDIUM")], PPS);
  expect(tokens).toHaveLength(1);
  expect(unplaced).toEqual(["B"]);
});
