import { floodFill, isWalkable, TileGrid, walkableSquareIn } from "./grid";
import type { Door, MapLayout } from "./types";

export type LayoutProblem = { code: "SIZE" | "OUTSIDE" | "UNREACHABLE" | "DOOR_NOT_ON_WALL" | "NO_ROOMS"; message: string };

/**
 * The checks every layout passes before anything is rendered or exported: the tile grid matches
 * the declared size, rooms/doors/features/lights lie inside the map, every door closes a gap in a
 * wall line between two walkable squares, and every room can be reached from the first one.
 */
export function validateLayout(layout: MapLayout): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const { width, height } = layout;
  if (layout.tiles.length !== height || layout.tiles.some((row) => row.length !== width)) {
    return [{ code: "SIZE", message: `tiles must be ${height} rows of ${width} squares` }];
  }
  const grid = TileGrid.from(layout.tiles);
  if (layout.rooms.length === 0) problems.push({ code: "NO_ROOMS", message: "the layout has no rooms or areas" });
  const inside = (x: number, y: number, w = 1, h = 1) => x >= 0 && y >= 0 && x + w <= width && y + h <= height && w >= 1 && h >= 1;
  for (const room of layout.rooms) if (!inside(room.x, room.y, room.w, room.h)) problems.push({ code: "OUTSIDE", message: `room ${room.id} (${room.name}) lies outside the map` });
  for (const f of layout.features) if (!inside(f.x, f.y, f.w, f.h)) problems.push({ code: "OUTSIDE", message: `${f.kind} at ${f.x},${f.y} lies outside the map` });
  for (const l of layout.lights) if (!inside(l.x, l.y)) problems.push({ code: "OUTSIDE", message: `light at ${l.x},${l.y} lies outside the map` });
  for (const door of layout.doors) {
    const problem = doorProblem(grid, door);
    if (problem) problems.push({ code: "DOOR_NOT_ON_WALL", message: `door at ${door.x},${door.y} (${door.side}) ${problem}` });
  }
  const first = layout.rooms.find((r) => inside(r.x, r.y, r.w, r.h));
  const start = first ? walkableSquareIn(grid, first) : null;
  if (first && start) {
    const reached = floodFill(grid, start[0], start[1]);
    for (const room of layout.rooms) {
      if (!inside(room.x, room.y, room.w, room.h)) continue;
      let ok = false;
      for (let y = room.y; y < room.y + room.h && !ok; y++) for (let x = room.x; x < room.x + room.w && !ok; x++) ok = reached[y * width + x] === 1;
      if (!ok) problems.push({ code: "UNREACHABLE", message: `room ${room.id} (${room.name}) cannot be reached from room ${first.id}` });
    }
  } else if (first) problems.push({ code: "UNREACHABLE", message: `room ${first.id} has no floor` });
  return problems;
}

/** Why a door is not a door in a wall (or null): both sides walkable, wall continuing at both ends. */
export function doorProblem(grid: TileGrid, d: Door): string | null {
  const [a, b] = d.side === "v" ? [grid.get(d.x - 1, d.y), grid.get(d.x, d.y)] : [grid.get(d.x, d.y - 1), grid.get(d.x, d.y)];
  if (!isWalkable(a) || !isWalkable(b)) return "does not join two walkable squares";
  // The squares just beyond each end of the door edge, on either side, must hold wall.
  const endsHeld = d.side === "v"
    ? (grid.get(d.x - 1, d.y - 1) === "#" || grid.get(d.x, d.y - 1) === "#") && (grid.get(d.x - 1, d.y + 1) === "#" || grid.get(d.x, d.y + 1) === "#")
    : (grid.get(d.x - 1, d.y - 1) === "#" || grid.get(d.x - 1, d.y) === "#") && (grid.get(d.x + 1, d.y - 1) === "#" || grid.get(d.x + 1, d.y) === "#");
  return endsHeld ? null : "is not set in a wall (dangling)";
}
