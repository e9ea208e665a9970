import { z } from "zod";
import { DIFFICULTIES } from "@/lib/schemas/map-layout";
import { MAP_MAX_SQUARES, MAP_MIN_SQUARES } from "@/lib/schemas/maps";
import {
  ALIGNMENT_CODES,
  ENCOUNTER_DIFFICULTIES,
  ENVIRONMENTS,
  NPC_CLASSES,
  NPC_RACES,
  PERSONALITY_KEYS,
} from "@/lib/schemas/random-vocabulary";

/** Query parameters of GET /api/generate/random/*; anything outside these bounds is a 400. */
const seed = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/, "letters, digits, - and _")
  .optional();
const squares = z.coerce
  .number()
  .int()
  .min(MAP_MIN_SQUARES, `at least ${MAP_MIN_SQUARES} squares`)
  .max(MAP_MAX_SQUARES, `at most ${MAP_MAX_SQUARES} squares`);

export const randomDungeonQuerySchema = z.object({
  width: squares.default(20),
  height: squares.default(20),
  difficulty: z.enum(DIFFICULTIES).default("medium"),
  seed,
});

export const randomNpcQuerySchema = z.object({
  race: z.enum(NPC_RACES).optional(),
  class: z.enum(NPC_CLASSES).optional(),
  personality: z.enum(PERSONALITY_KEYS).optional(),
  alignment: z.enum(ALIGNMENT_CODES).optional(),
  seed,
});

export const partyLevelSchema = z.coerce.number().int().min(1, "party level 1–20").max(20, "party level 1–20");
export const randomEncounterQuerySchema = z.object({
  partySize: z.coerce.number().int().min(1).max(10).default(4),
  difficulty: z.enum(ENCOUNTER_DIFFICULTIES).default("medium"),
  environment: z.enum(ENVIRONMENTS).optional(),
  seed,
});
