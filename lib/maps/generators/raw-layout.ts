import type { TileGrid } from "../grid";
import type { Door, Feature, Room } from "../types";

/** What a map-type generator hands to the shared difficulty pass (see dress-layout.ts). */
export type RawLayout = { grid: TileGrid; rooms: Room[]; doors: Door[]; features: Feature[]; lightColor: string; alwaysLit?: boolean };
