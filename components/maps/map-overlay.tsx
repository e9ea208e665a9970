"use client";
import { buildGeometry } from "@/lib/maps/geometry";
import type { MapLayout } from "@/lib/schemas/map-layout";

/** The export's own geometry drawn over the picture, so a DM can check walls/doors/lights before importing. */
export function MapOverlay({
  layout,
  show,
  floor = 0,
}: {
  layout: MapLayout;
  show: { walls: boolean; doors: boolean; lights: boolean };
  floor?: number;
}) {
  const g = buildGeometry(layout, floor);
  return (
    <svg
      className="pointer-events-none absolute inset-0 h-full w-full"
      viewBox={`0 0 ${g.width} ${g.height}`}
      data-testid="map-overlay"
    >
      {show.walls &&
        g.walls.map((s, i) => (
          <line
            key={i}
            x1={s.x0}
            y1={s.y0}
            x2={s.x1}
            y2={s.y1}
            stroke="#00e5ff"
            strokeWidth={0.12}
            data-overlay="wall"
          />
        ))}
      {show.doors &&
        g.doors.map((d, i) => (
          <line
            key={i}
            x1={d.x0}
            y1={d.y0}
            x2={d.x1}
            y2={d.y1}
            stroke={d.kind === "secret" ? "#d500f9" : "#ffea00"}
            strokeWidth={0.3}
            data-overlay="door"
          />
        ))}
      {show.lights &&
        g.lights.map((l, i) => (
          <circle
            key={i}
            cx={l.x + 0.5}
            cy={l.y + 0.5}
            r={l.dimFeet / 5}
            fill={l.color}
            fillOpacity={0.18}
            stroke={l.color}
            strokeWidth={0.08}
            data-overlay="light"
          />
        ))}
    </svg>
  );
}
