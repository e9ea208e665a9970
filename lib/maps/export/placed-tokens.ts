import { toFoundryToken, type FoundryTokenInput } from "@/lib/tokens/foundry-token";
import { isWalkable, TileGrid } from "../grid";
import type { MapLayout } from "@/lib/schemas/map-layout";
import { paddingOffset } from "./foundry-scene";

/** Map types whose generator puts the entrance door first (building.ts: "Entrance first"). */
const BUILDING_TYPES = new Set<MapLayout["mapType"]>(["tavern", "temple", "castle"]);

type Square = [number, number];
type PlacementLayout = Pick<MapLayout, "mapType" | "width" | "height" | "tiles" | "rooms" | "doors" | "features">;

/**
 * Squares covered by furniture or features (tables, altars, traps…): a token dropped there would
 * stand on a table or a pit, so they do not count as free floor.
 */
function occupiedByFeatures(layout: PlacementLayout): Set<number> {
  const taken = new Set<number>();
  for (const f of layout.features)
    for (let y = f.y; y < f.y + f.h; y++) for (let x = f.x; x < f.x + f.w; x++) taken.add(y * layout.width + x);
  return taken;
}

/**
 * Where the party comes in: a room named as the entrance (dungeons, caves), else a building's
 * entrance door (the first door of tavern/temple/castle layouts: both squares beside it), else the
 * first room, else the walkable square closest to the middle of the south edge.
 */
export function entranceSquares(layout: PlacementLayout): Square[] {
  const grid = TileGrid.from(layout.tiles);
  const walkable = ([x, y]: Square) => isWalkable(grid.get(x, y));
  const roomCentre = (room: MapLayout["rooms"][number]): Square[] => {
    const squares: Square[] = [];
    for (let y = room.y; y < room.y + room.h; y++) for (let x = room.x; x < room.x + room.w; x++) squares.push([x, y]);
    const cx = room.x + (room.w - 1) / 2;
    const cy = room.y + (room.h - 1) / 2;
    const open = squares
      .filter(walkable)
      .sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    return open.slice(0, 1);
  };
  const named = layout.rooms.find((room) => /entrance|entry|gate/i.test(`${room.name} ${room.purpose}`));
  if (named && roomCentre(named).length) return roomCentre(named);
  const door = layout.doors[0];
  if (door && BUILDING_TYPES.has(layout.mapType)) {
    const sides: Square[] =
      door.side === "h"
        ? [
            [door.x, door.y],
            [door.x, door.y - 1],
          ]
        : [
            [door.x, door.y],
            [door.x - 1, door.y],
          ];
    const open = sides.filter(walkable);
    if (open.length) return open;
  }
  if (layout.rooms[0] && roomCentre(layout.rooms[0]).length) return roomCentre(layout.rooms[0]);
  let best: Square | null = null;
  for (let y = 0; y < layout.height; y++)
    for (let x = 0; x < layout.width; x++)
      if (
        walkable([x, y]) &&
        (!best ||
          Math.hypot(x - layout.width / 2, y - layout.height) <
            Math.hypot(best[0] - layout.width / 2, best[1] - layout.height))
      )
        best = [x, y];
  return best ? [best] : [];
}

/**
 * Puts footprints of `sizes[i]` squares (a Tiny creature still takes its own square) on free floor
 * nearest the entrance: squares in order of walking distance from it (4-way steps over walkable
 * tiles, so never through a wall), each footprint wholly on free, walkable, untaken squares.
 * Returns the top-left square of each, or null for a token that found no room.
 */
export function placeFootprints(layout: PlacementLayout, sizes: number[]): Array<Square | null> {
  const grid = TileGrid.from(layout.tiles);
  const { width, height } = layout;
  const blocked = occupiedByFeatures(layout);
  const free = (x: number, y: number) => grid.inside(x, y) && isWalkable(grid.get(x, y)) && !blocked.has(y * width + x);

  // Breadth-first from the entrance over walkable squares: the order in which squares are "near".
  const order: Square[] = [];
  const seen = new Uint8Array(width * height);
  const queue: Square[] = entranceSquares(layout).filter(([x, y]) => isWalkable(grid.get(x, y)));
  for (const [x, y] of queue) seen[y * width + x] = 1;
  for (let i = 0; i < queue.length; i++) {
    const [x, y] = queue[i];
    order.push([x, y]);
    for (const [dx, dy] of [
      [0, -1],
      [1, 0],
      [0, 1],
      [-1, 0],
    ]) {
      const nx = x + dx;
      const ny = y + dy;
      if (grid.inside(nx, ny) && !seen[ny * width + nx] && isWalkable(grid.get(nx, ny))) {
        seen[ny * width + nx] = 1;
        queue.push([nx, ny]);
      }
    }
  }

  const taken = new Uint8Array(width * height);
  const fits = (x: number, y: number, n: number) => {
    for (let j = y; j < y + n; j++)
      for (let i = x; i < x + n; i++) if (!free(i, j) || taken[j * width + i]) return false;
    return true;
  };
  return sizes.map((size) => {
    const n = Math.max(1, Math.ceil(size));
    // A big creature's footprint may hang up or left of the square reached, as long as it fits.
    for (const [x, y] of order)
      for (let oy = 0; oy < n; oy++)
        for (let ox = 0; ox < n; ox++) {
          const tx = x - ox;
          const ty = y - oy;
          if (fits(tx, ty, n)) {
            for (let j = ty; j < ty + n; j++) for (let i = tx; i < tx + n; i++) taken[j * width + i] = 1;
            return [tx, ty] as Square;
          }
        }
    return null;
  });
}

export type PlaceableToken = FoundryTokenInput;

/**
 * Foundry TokenDocuments for a scene: toFoundryToken's data plus x/y, the top-left corner in
 * canvas pixels (the scene padding included, like walls and lights). A Tiny token (0.5 squares)
 * sits in the top-left of its square. Tokens that found no free floor come back in `unplaced`.
 */
export function placeTokensOnScene(layout: PlacementLayout, tokens: PlaceableToken[], pixelsPerSquare: number) {
  const pad = paddingOffset(layout.width * pixelsPerSquare, layout.height * pixelsPerSquare, pixelsPerSquare);
  const spots = placeFootprints(
    layout,
    tokens.map((token) => Math.max(token.gridWidth, token.gridHeight)),
  );
  const placed = [];
  const unplaced: string[] = [];
  for (const [index, token] of tokens.entries()) {
    const spot = spots[index];
    if (!spot) {
      unplaced.push(token.name);
      continue;
    }
    placed.push({
      ...toFoundryToken(token),
      x: pad.x + spot[0] * pixelsPerSquare,
      y: pad.y + spot[1] * pixelsPerSquare,
      elevation: 0,
      hidden: false,
      locked: false,
    });
  }
  return { tokens: placed, unplaced };
}
