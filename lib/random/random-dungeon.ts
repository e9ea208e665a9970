import { generateLayout } from "@/lib/maps/generate-layout";
import type { Difficulty } from "@/lib/schemas/map-layout";
import type { RandomDungeonResponse } from "@/lib/schemas/random-response";

/** The response contract of GET /api/generate/random/dungeon. */
export type RandomDungeon = RandomDungeonResponse;

/** The map generator's dungeon (same seed → same dungeon as on the Maps page) with a printable room key. */
export function generateRandomDungeon(input: {
  width: number;
  height: number;
  seed: string;
  difficulty: Difficulty;
}): RandomDungeon {
  const layout = generateLayout({ mapType: "dungeon", ...input });
  const roomKey = layout.rooms.map((r) => ({
    number: r.id,
    name: r.name,
    purpose: r.purpose,
    sizeFeet: `${r.w * 5}×${r.h * 5} ft`,
    contents: r.contents,
    hazards: r.hazards,
  }));
  return { ...input, layout, roomKey };
}
