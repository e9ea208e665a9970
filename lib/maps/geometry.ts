import { normalizeLayout } from "./generators/normalize-layout";
import type {
  Door,
  Light,
  MapFloor,
  MapLayout,
  MapObject,
  Point,
  Stair,
  TerrainRegion,
  WallLine,
  WindowOpening,
} from "@/lib/schemas/map-layout";

/** A segment in grid squares (floats: natural walls and thin walls are not on square corners). */
export type Segment = { x0: number; y0: number; x1: number; y1: number };
export type DoorSegment = Segment & { kind: Door["kind"]; state: Door["state"] };
export type MapGeometry = {
  width: number;
  height: number;
  /** Every wall polyline cut into its segments (what Foundry walls are). */
  walls: Segment[];
  /** The polylines themselves (joined runs, for formats that keep polylines). */
  wallLines: WallLine[];
  doors: DoorSegment[];
  windows: Segment[];
  placedObjects: MapObject[];
  terrain: TerrainRegion[];
  stairs: Stair[];
  lights: Light[];
  floor: { index: number; name: string; level: number; count: number };
};

/**
 * The one geometry the exports, the picture and its overlay use, for one floor (default the
 * ground floor): the floor's wall polylines, doors, windows, objects and terrain from the vector
 * model (maps stored before it are traced from their grid first).
 */
export function buildGeometry(layout: MapLayout, floorIndex = 0): MapGeometry {
  const normal = normalizeLayout(layout);
  const floor: MapFloor = normal.floors[Math.min(floorIndex, normal.floors.length - 1)];
  const walls: Segment[] = [];
  for (const line of floor.walls)
    for (const [a, b] of wallSegments(line)) walls.push({ x0: a.x, y0: a.y, x1: b.x, y1: b.y });
  return {
    width: layout.width,
    height: layout.height,
    walls,
    wallLines: floor.walls,
    doors: floor.doors.map((d) => ({ x0: d.a.x, y0: d.a.y, x1: d.b.x, y1: d.b.y, kind: d.kind, state: d.state })),
    windows: floor.windows.map((w: WindowOpening) => ({ x0: w.a.x, y0: w.a.y, x1: w.b.x, y1: w.b.y })),
    placedObjects: floor.objects,
    terrain: floor.terrain,
    stairs: floor.stairs,
    lights: floor.lights,
    floor: { index: normal.floors.indexOf(floor), name: floor.name, level: floor.level, count: normal.floors.length },
  };
}

/** Consecutive point pairs of a wall polyline (closing back to the start when it is closed). */
export function wallSegments(line: WallLine): [Point, Point][] {
  const out: [Point, Point][] = [];
  for (let i = 0; i + 1 < line.points.length; i++) out.push([line.points[i], line.points[i + 1]]);
  if (line.closed && line.points.length > 2) out.push([line.points[line.points.length - 1], line.points[0]]);
  return out.filter(([a, b]) => a.x !== b.x || a.y !== b.y);
}
