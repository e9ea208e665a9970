import { generateLayout } from "@/lib/maps/generate-layout";
import type { Difficulty, MapLayout } from "@/lib/maps/types";

export type RandomDungeon = {
  seed: string; width: number; height: number; difficulty: Difficulty; layout: MapLayout;
  roomKey: Array<{ number: number; name: string; purpose: string; sizeFeet: string; contents: string[]; hazards: string[] }>;
};

/** The map generator's dungeon (same seed → same dungeon as on the Maps page) with a printable room key. */
export function generateRandomDungeon(input: { width: number; height: number; seed: string; difficulty: Difficulty }): RandomDungeon {
  const layout = generateLayout({ mapType: "dungeon", ...input });
  const roomKey = layout.rooms.map((r) => ({ number: r.id, name: r.name, purpose: r.purpose, sizeFeet: `${r.w * 5}×${r.h * 5} ft`, contents: r.contents, hazards: r.hazards }));
  return { ...input, layout, roomKey };
}
