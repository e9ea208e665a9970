import { wallSegments } from "./geometry";
import { floodFill, isSolid, isWalkable, TileGrid, walkableSquareIn } from "./grid";
import { distanceToSegment } from "./generators/trace";
import type { Door, MapFloor, MapLayout, Point } from "@/lib/schemas/map-layout";

export type LayoutProblem = {
  code: "SIZE" | "OUTSIDE" | "UNREACHABLE" | "DOOR_NOT_ON_WALL" | "NO_ROOMS";
  message: string;
};

/**
 * The vector checks of one floor: every wall point, opening, object, stair and trap inside the
 * map, and both ends of every door and window on a wall (an opening fills a gap between walls).
 */
export function floorProblems(floor: MapFloor, width: number, height: number): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  const out = (p: Point) => p.x < -1e-6 || p.y < -1e-6 || p.x > width + 1e-6 || p.y > height + 1e-6;
  for (const w of floor.walls)
    if (w.points.some(out)) problems.push({ code: "OUTSIDE", message: `a wall on ${floor.name} leaves the map` });
  for (const o of floor.objects)
    if (o.footprint.some(out))
      problems.push({ code: "OUTSIDE", message: `${o.kind} on ${floor.name} lies outside the map` });
  for (const s of [...floor.stairs, ...floor.traps])
    if (s.x < 0 || s.y < 0 || s.x + s.w > width || s.y + s.h > height)
      problems.push({ code: "OUTSIDE", message: `stairs or trap at ${s.x},${s.y} lie outside the map` });
  const segments = floor.walls.flatMap(wallSegments);
  const onWall = (p: Point) => segments.some(([a, b]) => distanceToSegment(p, a, b) < 1e-3);
  for (const [what, list] of [
    ["door", floor.doors],
    ["window", floor.windows],
  ] as const)
    for (const o of list)
      if (!onWall(o.a) || !onWall(o.b))
        problems.push({
          code: "DOOR_NOT_ON_WALL",
          message: `${what} at ${o.a.x},${o.a.y} on ${floor.name} is not set in a wall`,
        });
  return problems;
}

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
  const inside = (x: number, y: number, w = 1, h = 1) =>
    x >= 0 && y >= 0 && x + w <= width && y + h <= height && w >= 1 && h >= 1;
  for (const room of layout.rooms)
    if (!inside(room.x, room.y, room.w, room.h))
      problems.push({ code: "OUTSIDE", message: `room ${room.id} (${room.name}) lies outside the map` });
  for (const f of layout.features)
    if (!inside(f.x, f.y, f.w, f.h))
      problems.push({ code: "OUTSIDE", message: `${f.kind} at ${f.x},${f.y} lies outside the map` });
  for (const l of layout.lights)
    if (!inside(l.x, l.y)) problems.push({ code: "OUTSIDE", message: `light at ${l.x},${l.y} lies outside the map` });
  for (const door of layout.doors) {
    const problem = doorProblem(grid, door);
    if (problem)
      problems.push({ code: "DOOR_NOT_ON_WALL", message: `door at ${door.x},${door.y} (${door.side}) ${problem}` });
  }
  const first = layout.rooms.find((r) => inside(r.x, r.y, r.w, r.h));
  const start = first ? walkableSquareIn(grid, first) : null;
  if (first && start) {
    const reached = floodFill(grid, start[0], start[1]);
    for (const room of layout.rooms) {
      if (!inside(room.x, room.y, room.w, room.h)) continue;
      let ok = false;
      for (let y = room.y; y < room.y + room.h && !ok; y++)
        for (let x = room.x; x < room.x + room.w && !ok; x++) ok = reached[y * width + x] === 1;
      if (!ok)
        problems.push({
          code: "UNREACHABLE",
          message: `room ${room.id} (${room.name}) cannot be reached from room ${first.id}`,
        });
    }
  } else if (first) problems.push({ code: "UNREACHABLE", message: `room ${first.id} has no floor` });
  for (const [index, floor] of (layout.floors ?? []).entries()) {
    problems.push(...floorProblems(floor, width, height));
    // Upper floors: every room reachable from the stairs that arrive there.
    if (index === 0 || floor.rooms.length === 0) continue;
    const g = TileGrid.from(floor.tiles);
    const arrival = floor.stairs.find((s) => s.toFloor === 0) ?? floor.stairs[0];
    const start = arrival ? walkableSquareIn(g, arrival) : walkableSquareIn(g, floor.rooms[0]);
    if (!start) {
      problems.push({ code: "UNREACHABLE", message: `${floor.name} has no floor at its stairs` });
      continue;
    }
    const reached = floodFill(g, start[0], start[1]);
    for (const room of floor.rooms) {
      let ok = false;
      for (let y = room.y; y < room.y + room.h && !ok; y++)
        for (let x = room.x; x < room.x + room.w && !ok; x++) ok = reached[y * width + x] === 1;
      if (!ok)
        problems.push({
          code: "UNREACHABLE",
          message: `room ${room.id} (${room.name}) on ${floor.name} cannot be reached from its stairs`,
        });
    }
  }
  return problems;
}

/** Why a door is not a door in a wall (or null): both sides walkable, wall continuing at both ends. */
export function doorProblem(grid: TileGrid, d: Door): string | null {
  const [a, b] =
    d.side === "v" ? [grid.get(d.x - 1, d.y), grid.get(d.x, d.y)] : [grid.get(d.x, d.y - 1), grid.get(d.x, d.y)];
  if (!isWalkable(a) || !isWalkable(b)) return "does not join two walkable squares";
  // The squares just beyond each end of the door edge, on either side, must hold wall.
  const endsHeld =
    d.side === "v"
      ? (isSolid(grid.get(d.x - 1, d.y - 1)) || isSolid(grid.get(d.x, d.y - 1))) &&
        (isSolid(grid.get(d.x - 1, d.y + 1)) || isSolid(grid.get(d.x, d.y + 1)))
      : (isSolid(grid.get(d.x - 1, d.y - 1)) || isSolid(grid.get(d.x - 1, d.y))) &&
        (isSolid(grid.get(d.x + 1, d.y - 1)) || isSolid(grid.get(d.x + 1, d.y)));
  return endsHeld ? null : "is not set in a wall (dangling)";
}
