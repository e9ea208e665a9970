import type { DoorSegment } from "../geometry";
import { joinIntoPolylines } from "./polylines";
import type { VttFloor } from "./vtt-geometry";

type Portal = {
  position: { x: number; y: number };
  bounds: [{ x: number; y: number }, { x: number; y: number }];
  rotation: number;
  closed: boolean;
  freestanding: boolean;
};

const portal = (d: { x0: number; y0: number; x1: number; y1: number }, closed: boolean): Portal => ({
  position: { x: (d.x0 + d.x1) / 2, y: (d.y0 + d.y1) / 2 },
  bounds: [
    { x: d.x0, y: d.y0 },
    { x: d.x1, y: d.y1 },
  ],
  rotation: Math.atan2(d.y1 - d.y0, d.x1 - d.x0),
  closed,
  freestanding: false,
});

/**
 * Universal VTT (.dd2vtt, format 0.3) as its readers read it, in grid units. Walls are joined into
 * polylines (one per connected run, see joinIntoPolylines); objects go to objects_line_of_sight
 * (the Foundry importer turns them into walls when its "object walls" option is on). Every door is
 * a closed portal and every window an open one: readers import a closed portal as a door and an
 * open one as a see-through window. The format has no word for secret or locked doors, open
 * doors, movement-only water edges or one-way ledges; the Foundry export carries those.
 */
export function toUniversalVtt(
  geometry: Pick<VttFloor, "width" | "height" | "walls" | "objects" | "doors" | "lights">,
  options: { pixelsPerSquare: number; imageBase64: string; ambientLight?: string },
) {
  const blocking = geometry.walls.filter((w) => w.kind === "wall");
  const windows = geometry.walls.filter((w) => w.kind === "window");
  return {
    format: 0.3,
    resolution: {
      map_origin: { x: 0, y: 0 },
      map_size: { x: geometry.width, y: geometry.height },
      pixels_per_grid: options.pixelsPerSquare,
    },
    line_of_sight: joinIntoPolylines(blocking),
    objects_line_of_sight: geometry.objects.map((o) => [...o.points, o.points[0]]),
    portals: [...geometry.doors.map((d: DoorSegment) => portal(d, true)), ...windows.map((w) => portal(w, false))],
    environment: {
      baked_lighting: false,
      ambient_light: options.ambientLight ?? (geometry.lights.length > 0 ? "ff3a3a4a" : "ffffffff"),
    },
    lights: geometry.lights.map((l) => ({
      position: { x: l.x + 0.5, y: l.y + 0.5 },
      range: l.dimFeet / 5,
      intensity: 1,
      color: `ff${l.color.replace("#", "")}`,
      shadows: true,
    })),
    image: options.imageBase64,
  };
}
