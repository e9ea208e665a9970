import { createRng } from "@/lib/rng";
import type { MapFloor, MapLayout, Trap } from "@/lib/schemas/map-layout";
import { TileGrid } from "../grid";
import { makeObject } from "./raw-layout";
import { vectorizeFloor } from "./vectorize";

/**
 * Maps stored before the vector model have only the grid: their one floor is traced from it
 * (thick walls, doors on grid edges, furniture as objects, trap features as traps).
 */
export function normalizeLayout(layout: MapLayout): MapLayout & { floors: MapFloor[] } {
  if (layout.floors && layout.floors.length > 0) return layout as MapLayout & { floors: MapFloor[] };
  const grid = TileGrid.from(layout.tiles);
  const traps: Trap[] = layout.features
    .filter((f) => f.kind === "trap")
    .map((f) => ({ x: f.x, y: f.y, w: f.w, h: f.h, label: f.label ?? "trap" }));
  const objects = layout.features
    .filter((f) => f.kind !== "trap" && f.kind !== "stairs")
    .map((f) =>
      makeObject(f.kind as Exclude<typeof f.kind, "trap" | "stairs">, f.x, f.y, f.w, f.h, { label: f.label }),
    );
  const stairs = layout.features
    .filter((f) => f.kind === "stairs")
    .map((f) => ({
      x: f.x,
      y: f.y,
      w: f.w,
      h: f.h,
      direction: /down/i.test(f.label ?? "") ? ("down" as const) : ("up" as const),
      toFloor: null,
      label: f.label ?? "Stairs",
    }));
  const floor = vectorizeFloor(
    {
      name: "Ground floor",
      level: 0,
      grid,
      rooms: layout.rooms,
      doors: layout.doors,
      openings: [],
      objects,
      stairs,
      organic: false,
      wallKind: "stone",
      thinWallKind: "stone",
      materials: { ".": layout.mapType === "cave" ? "cave" : "flagstone" },
    },
    { traps, lights: layout.lights, rng: createRng(`normalize:${layout.seed}`) },
  );
  return { ...layout, floors: [floor] };
}
