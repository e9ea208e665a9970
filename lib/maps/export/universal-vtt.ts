import type { MapGeometry } from "../geometry";

/**
 * Universal VTT (.dd2vtt, format 0.3) as Dungeondraft writes it: everything in grid units,
 * walls as line_of_sight polylines, doors (secret ones too) as portals with their bounds.
 */
export function toUniversalVtt(geometry: MapGeometry, options: { pixelsPerSquare: number; imageBase64: string; ambientLight?: string }) {
  return {
    format: 0.3,
    resolution: { map_origin: { x: 0, y: 0 }, map_size: { x: geometry.width, y: geometry.height }, pixels_per_grid: options.pixelsPerSquare },
    line_of_sight: geometry.walls.map((s) => [{ x: s.x0, y: s.y0 }, { x: s.x1, y: s.y1 }]),
    objects_line_of_sight: [],
    portals: geometry.doors.map((d) => ({
      position: { x: (d.x0 + d.x1) / 2, y: (d.y0 + d.y1) / 2 },
      bounds: [{ x: d.x0, y: d.y0 }, { x: d.x1, y: d.y1 }],
      rotation: d.x0 === d.x1 ? Math.PI / 2 : 0,
      closed: d.state !== "open",
      freestanding: false,
    })),
    environment: { baked_lighting: false, ambient_light: options.ambientLight ?? (geometry.lights.length > 0 ? "ff3a3a4a" : "ffffffff") },
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

export type UniversalVtt = ReturnType<typeof toUniversalVtt>;
