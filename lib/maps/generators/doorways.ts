import { isSolid, isWalkable, type TileGrid } from "../grid";
import type { Door, Room } from "@/lib/schemas/map-layout";

/**
 * Doors where a one-square-wide passage meets a room's edge. A door is only placed where the wall
 * continues on both sides of it, so an exported door always closes a gap in a wall line.
 */
export function doorsIntoRoom(grid: TileGrid, room: Room): Door[] {
  const doors: Door[] = [];
  const closed = (): Door["state"] => "closed";
  for (let x = room.x; x < room.x + room.w; x++) {
    // Top edge: the passage square is above the room, the door is the horizontal edge at room.y.
    if (isPassageEnd(grid, x, room.y - 1, "h")) doors.push({ x, y: room.y, side: "h", kind: "door", state: closed() });
    if (isPassageEnd(grid, x, room.y + room.h, "h"))
      doors.push({ x, y: room.y + room.h, side: "h", kind: "door", state: closed() });
  }
  for (let y = room.y; y < room.y + room.h; y++) {
    if (isPassageEnd(grid, room.x - 1, y, "v")) doors.push({ x: room.x, y, side: "v", kind: "door", state: closed() });
    if (isPassageEnd(grid, room.x + room.w, y, "v"))
      doors.push({ x: room.x + room.w, y, side: "v", kind: "door", state: closed() });
  }
  return doors;
}

/** A walkable square whose two neighbours along the wall line are solid. */
function isPassageEnd(grid: TileGrid, x: number, y: number, side: "h" | "v"): boolean {
  if (!isWalkable(grid.get(x, y))) return false;
  return side === "h"
    ? isSolid(grid.get(x - 1, y)) && isSolid(grid.get(x + 1, y))
    : isSolid(grid.get(x, y - 1)) && isSolid(grid.get(x, y + 1));
}
