import { z } from "zod";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { encounterEnvelope } from "@/lib/document-api/random";
import { generateEncounter } from "@/lib/random/encounter";
import { partyLevelSchema, randomEncounterQuerySchema } from "@/lib/random/params";
import { randomSeed } from "@/lib/rng";

/** An encounter sized by the DMG XP budget of a party of `partySize` characters of `partyLevel` (1–20, else 400). */
export const GET = route(
  { params: z.object({ partyLevel: partyLevelSchema }), query: randomEncounterQuerySchema },
  async ({ params, query: { seed, ...query } }) =>
    json(encounterEnvelope(generateEncounter({ partyLevel: params.partyLevel, ...query, seed: seed ?? randomSeed() }))),
);
