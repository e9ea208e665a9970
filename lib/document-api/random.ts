import type { RandomDungeon } from "@/lib/random/random-dungeon";
import type { Npc } from "@/lib/random/npc";
import type { Encounter } from "@/lib/random/encounter";
import { XP_BY_CR, crValue } from "@/lib/random/encounter-tables";
import type {
  RandomDungeonDocumentResponse,
  RandomEncounterDocumentResponse,
  RandomNpcDocumentResponse,
} from "@/lib/schemas/document-envelopes";

const ROOM_LIGHT = { radius: 30, color: "#ffff99" };

/**
 * The requirement's dungeon layout from the generator's: every room once, with width/height, and
 * exactly one light per room (the generator's first light inside the room, else one at its centre).
 */
export function dungeonEnvelope(dungeon: RandomDungeon): RandomDungeonDocumentResponse {
  const { layout, ...rest } = dungeon;
  const rooms = layout.rooms.map((room) => ({
    id: room.id,
    name: room.name,
    x: room.x,
    y: room.y,
    width: room.w,
    height: room.h,
    purpose: room.purpose,
  }));
  const lights = layout.rooms.map((room) => {
    const inside = layout.lights.find(
      (light) => light.x >= room.x && light.x < room.x + room.w && light.y >= room.y && light.y < room.y + room.h,
    );
    if (inside) return { x: inside.x, y: inside.y, radius: inside.dimFeet, color: inside.color, room: room.id };
    return { x: room.x + Math.floor(room.w / 2), y: room.y + Math.floor(room.h / 2), ...ROOM_LIGHT, room: room.id };
  });
  const name = layout.title ?? "Random Dungeon";
  return {
    ...rest,
    success: true,
    layout: { name, width: layout.width, height: layout.height, rooms, lights },
    mapLayout: layout,
  };
}

export function npcEnvelope(npc: Npc): RandomNpcDocumentResponse {
  return {
    ...npc,
    success: true,
    npc: {
      name: npc.name,
      race: npc.race,
      class: npc.class,
      personality_trait: npc.personality,
      alignment: npc.alignment.code,
      description: npc.appearance,
    },
  };
}

/** The challenge rating of one creature worth the encounter's adjusted XP (the DMG's rough measure). */
export function estimatedCr(adjustedXp: number): number {
  const ratings = Object.entries(XP_BY_CR)
    .filter(([, xp]) => xp <= adjustedXp)
    .map(([cr]) => crValue(cr));
  return ratings.length ? Math.max(...ratings) : 0;
}

export function treasureSummary(treasure: Encounter["treasure"]): string {
  const coins = Object.entries(treasure.coins)
    .filter(([, amount]) => amount > 0)
    .map(([coin, amount]) => `${amount} ${coin}`);
  return [...coins, ...treasure.items].join(", ") || "none";
}

export function encounterEnvelope(encounter: Encounter): RandomEncounterDocumentResponse {
  return {
    ...encounter,
    success: true,
    encounter: {
      type: "combat",
      difficulty: encounter.difficulty,
      creatures: encounter.monsterCount,
      estimated_cr: estimatedCr(encounter.adjustedXp),
      treasure: treasureSummary(encounter.treasure),
    },
  };
}
