import { z } from "zod";
import {
  ALIGNMENT_CODES,
  ENCOUNTER_DIFFICULTIES,
  ENVIRONMENTS,
  NPC_CLASSES,
  NPC_RACES,
  PERSONALITY_KEYS,
} from "./random-vocabulary";
import { DIFFICULTIES } from "@/lib/schemas/map-layout";
import { mapLayout } from "./maps-response";

/** Response contracts of the random generators (GET /api/generate/random/*); lib/random returns these types. */

/** GET /api/generate/random/dungeon: the map generator's dungeon and a printable room key. */
export const randomDungeonResponse = z.object({
  seed: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  difficulty: z.enum(DIFFICULTIES),
  layout: mapLayout,
  roomKey: z.array(
    z.object({
      number: z.number().int(),
      name: z.string(),
      purpose: z.string(),
      sizeFeet: z.string(),
      contents: z.array(z.string()),
      hazards: z.array(z.string()),
    }),
  ),
});
export type RandomDungeonResponse = z.infer<typeof randomDungeonResponse>;

/** GET /api/generate/random/npc */
export const randomNpcResponse = z.object({
  seed: z.string(),
  name: z.string(),
  race: z.enum(NPC_RACES),
  class: z.enum(NPC_CLASSES),
  personality: z.enum(PERSONALITY_KEYS),
  traits: z.array(z.string()),
  ideal: z.string(),
  bond: z.string(),
  flaw: z.string(),
  alignment: z.object({ code: z.enum(ALIGNMENT_CODES), name: z.string() }),
  appearance: z.string(),
  hook: z.string(),
});
export type RandomNpcResponse = z.infer<typeof randomNpcResponse>;

const difficultyNumbers = z.object(
  Object.fromEntries(ENCOUNTER_DIFFICULTIES.map((d) => [d, z.number()])) as Record<
    (typeof ENCOUNTER_DIFFICULTIES)[number],
    z.ZodNumber
  >,
);

export const encounterGroup = z.object({
  name: z.string(),
  cr: z.string(),
  xp: z.number(),
  count: z.number().int(),
  type: z.string(),
});
export const treasure = z.object({
  tier: z.string(),
  coins: z.object({ cp: z.number(), sp: z.number(), ep: z.number(), gp: z.number(), pp: z.number() }),
  items: z.array(z.string()),
});

/** GET /api/generate/random/encounter/{partyLevel}: a group sized by the party's XP budget. */
export const randomEncounterResponse = z.object({
  seed: z.string(),
  partyLevel: z.number().int(),
  partySize: z.number().int(),
  difficulty: z.enum(ENCOUNTER_DIFFICULTIES),
  environment: z.union([z.enum(ENVIRONMENTS), z.literal("any")]),
  /** The party's thresholds for every difficulty; `budget` is the chosen one. */
  thresholds: difficultyNumbers,
  budget: z.number(),
  monsters: z.array(encounterGroup),
  monsterCount: z.number().int(),
  baseXp: z.number(),
  multiplier: z.number(),
  adjustedXp: z.number(),
  /**
   * How the DMG rates the adjusted XP: the highest threshold it reaches. The budget is the
   * requested threshold and is never exceeded, so only a group using the whole budget rates as
   * the requested difficulty; `budgetUsed` says how close it came.
   */
  dmgRating: z.union([z.enum(ENCOUNTER_DIFFICULTIES), z.literal("trivial")]),
  budgetUsed: z.number(),
  treasure,
});
export type RandomEncounterResponse = z.infer<typeof randomEncounterResponse>;
