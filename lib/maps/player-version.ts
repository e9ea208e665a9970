import type { MapGeometry } from "./geometry";
import type { MapFloor, MapLayout } from "@/lib/schemas/map-layout";

/**
 * The players' version of a layout: what a player at the table may know from looking at the map.
 * No room key (rooms, with their names, contents and hazards, and so no room numbers), no traps,
 * no secret doors (a secret door is plain wall), nothing read from the DM's description. Both the
 * player picture and the map JSON a player receives are made from this, so neither can carry a
 * DM-only field the other lacks.
 */
export function playerLayout<T extends MapLayout>(layout: T): T {
  return {
    ...layout,
    reading: undefined,
    rooms: [],
    doors: layout.doors.filter((door) => door.kind !== "secret"),
    features: layout.features.filter((feature) => feature.kind !== "trap"),
    floors: layout.floors?.map(playerFloor),
  };
}

function playerFloor(floor: MapFloor): MapFloor {
  const secret = floor.doors.filter((door) => door.kind === "secret");
  return {
    ...floor,
    rooms: [],
    traps: [],
    doors: floor.doors.filter((door) => door.kind !== "secret"),
    gridDoors: floor.gridDoors.filter((door) => door.kind !== "secret"),
    // The gap a secret door fills becomes wall, so the walls do not give it away.
    walls: [...floor.walls, ...secret.map((door) => ({ kind: "stone" as const, points: [door.a, door.b] }))],
  };
}

/** The players' geometry: secret doors are wall segments, not doors. */
export function playerGeometry(geometry: MapGeometry): MapGeometry {
  const secret = geometry.doors.filter((door) => door.kind === "secret");
  return {
    ...geometry,
    doors: geometry.doors.filter((door) => door.kind !== "secret"),
    walls: [...geometry.walls, ...secret.map(({ x0, y0, x1, y1 }) => ({ x0, y0, x1, y1 }))],
  };
}
