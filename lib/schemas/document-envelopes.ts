import { z } from "zod";
import { generatedMapResponse, mapLayout } from "./maps-response";
import { randomDungeonResponse, randomEncounterResponse, randomNpcResponse } from "./random-response";
import { tokenBatchResponse, tokenView } from "./tokens-response";
import { ALIGNMENT_CODES, ENCOUNTER_DIFFICULTIES } from "./random-vocabulary";

/**
 * The envelopes the map and token requirement's API answers in: `success` with the object under
 * its name and the requirement's field names. The app's own, richer fields stand beside them, so
 * the app's pages keep reading what they read before.
 */

/** The map as the requirement names it; `image_url` and `json_url` are the asset paths. */
export const documentMap = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  difficulty: z.string(),
  version: z.number().int(),
  image_url: z.string(),
  /** The Foundry scene (null only for a map stored before scenes were kept). */
  scene_data: z.record(z.string(), z.unknown()).nullable(),
  json_url: z.string().nullable(),
  metadata_url: z.string().nullable(),
});
export type DocumentMap = z.infer<typeof documentMap>;

/** POST /api/generate/map (201) */
export const generateMapDocumentResponse = generatedMapResponse.extend({ success: z.literal(true), map: documentMap });

export const TOKEN_TYPES = ["character", "monster", "object"] as const;
/** The token as the requirement names it. */
export const documentToken = z.object({
  id: z.uuid(),
  name: z.string(),
  image_url: z.string().nullable(),
  type: z.enum(TOKEN_TYPES),
  npc_id: z.uuid().nullable(),
  json_url: z.string().nullable(),
});
export type DocumentToken = z.infer<typeof documentToken>;

/** POST /api/generate/token (201) */
export const generateTokenDocumentResponse = tokenView.extend({ success: z.literal(true), token: documentToken });
/** POST /api/generate/token/batch: `tokens` lists the ones made. */
export const tokenBatchDocumentResponse = tokenBatchResponse.extend({
  success: z.literal(true),
  tokens: z.array(documentToken),
});

/** The requirement's random dungeon layout: rooms with width/height/purpose and one light per room. */
export const documentDungeonLayout = z.object({
  name: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  rooms: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      x: z.number(),
      y: z.number(),
      width: z.number(),
      height: z.number(),
      purpose: z.string(),
    }),
  ),
  /** In squares; `radius` in feet (the dim radius). */
  lights: z.array(
    z.object({ x: z.number(), y: z.number(), radius: z.number(), color: z.string(), room: z.number().int() }),
  ),
});

/** GET /api/generate/random/dungeon: `layout` is the requirement's; `mapLayout` the map generator's full layout. */
export const randomDungeonDocumentResponse = randomDungeonResponse.omit({ layout: true }).extend({
  success: z.literal(true),
  layout: documentDungeonLayout,
  mapLayout,
});
export type RandomDungeonDocumentResponse = z.infer<typeof randomDungeonDocumentResponse>;

/** GET /api/generate/random/npc: `npc` as the requirement names it. */
export const randomNpcDocumentResponse = randomNpcResponse.extend({
  success: z.literal(true),
  npc: z.object({
    name: z.string(),
    race: z.string(),
    class: z.string(),
    personality_trait: z.string(),
    alignment: z.enum(ALIGNMENT_CODES),
    description: z.string(),
  }),
});
export type RandomNpcDocumentResponse = z.infer<typeof randomNpcDocumentResponse>;

/** GET /api/generate/random/encounter/{partyLevel}: `encounter` as the requirement names it. */
export const randomEncounterDocumentResponse = randomEncounterResponse.extend({
  success: z.literal(true),
  encounter: z.object({
    type: z.string(),
    difficulty: z.enum(ENCOUNTER_DIFFICULTIES),
    /** How many creatures (the `monsters` beside list them). */
    creatures: z.number().int(),
    /** The challenge rating of one creature worth the encounter's adjusted XP. */
    estimated_cr: z.number(),
    treasure: z.string(),
  }),
});
export type RandomEncounterDocumentResponse = z.infer<typeof randomEncounterDocumentResponse>;
