import { z } from "zod";
import { ALIGNMENT_CODES } from "./random-vocabulary";

const text = (max: number) => z.string().trim().max(max);
// The random generator's "NN" spelling of true neutral is kept as "N", the code the app uses.
const alignment = z.preprocess(
  (value) => (value === "NN" ? "N" : value),
  z.union([z.enum(ALIGNMENT_CODES), z.literal("")]),
);

/**
 * POST /api/campaigns/{id}/npcs. Made by hand or saved from the random NPC generator: its answer
 * (`class`, `personality_trait` or `personality`, the alignment code or `{ code }`) is accepted as
 * it is, so "save to campaign" posts what the generator gave.
 */
export const createNpcSchema = z
  .object({
    name: z.string().trim().min(1, "give the NPC a name").max(120),
    race: text(60).default(""),
    class: text(60).optional(),
    characterClass: text(60).optional(),
    description: text(2000).default(""),
    personality: text(500).optional(),
    personality_trait: text(500).optional(),
    alignment: z.union([alignment, z.object({ code: alignment }).transform((value) => value.code)]).default(""),
    notes: text(4000).default(""),
  })
  .transform(({ class: npcClass, characterClass, personality, personality_trait, ...input }) => ({
    ...input,
    characterClass: characterClass ?? npcClass ?? "",
    personality: personality ?? personality_trait ?? "",
  }));
export type CreateNpcInput = z.infer<typeof createNpcSchema>;

/** PATCH /api/campaigns/{id}/npcs/{npcId}: any of the fields. */
export const updateNpcSchema = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    race: text(60).optional(),
    characterClass: text(60).optional(),
    description: text(2000).optional(),
    personality: text(500).optional(),
    alignment: alignment.optional(),
    notes: text(4000).optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, "change at least one field");
export type UpdateNpcInput = z.infer<typeof updateNpcSchema>;
