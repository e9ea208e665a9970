import { isSolid, TileGrid } from "./grid";
import type { Door, Light, MapLayout } from "./types";

/** A segment in grid squares (integer corners of squares). */
export type Segment = { x0: number; y0: number; x1: number; y1: number };
export type DoorSegment = Segment & { kind: Door["kind"]; state: Door["state"] };
export type MapGeometry = { width: number; height: number; walls: Segment[]; doors: DoorSegment[]; lights: Light[] };

/**
 * The one geometry both exports and the picture's overlay use: every edge between a solid square
 * and an open one is wall, merged into the longest straight runs; doors are their grid edges.
 * Edges on the map border are not walls (the scene ends there anyway).
 */
export function buildGeometry(layout: MapLayout): MapGeometry {
  const grid = TileGrid.from(layout.tiles);
  const { width, height } = layout;
  const walls: Segment[] = [];
  // Horizontal edges at y (between rows y-1 and y), for interior y only.
  for (let y = 1; y < height; y++) {
    let start = -1;
    for (let x = 0; x <= width; x++) {
      const wall = x < width && isSolid(grid.get(x, y - 1)) !== isSolid(grid.get(x, y));
      if (wall && start < 0) start = x;
      if (!wall && start >= 0) {
        walls.push({ x0: start, y0: y, x1: x, y1: y });
        start = -1;
      }
    }
  }
  for (let x = 1; x < width; x++) {
    let start = -1;
    for (let y = 0; y <= height; y++) {
      const wall = y < height && isSolid(grid.get(x - 1, y)) !== isSolid(grid.get(x, y));
      if (wall && start < 0) start = y;
      if (!wall && start >= 0) {
        walls.push({ x0: x, y0: start, x1: x, y1: y });
        start = -1;
      }
    }
  }
  const doors = layout.doors.map((d): DoorSegment => ({ x0: d.x, y0: d.y, x1: d.side === "h" ? d.x + 1 : d.x, y1: d.side === "v" ? d.y + 1 : d.y, kind: d.kind, state: d.state }));
  return { width, height, walls, doors, lights: layout.lights };
}
