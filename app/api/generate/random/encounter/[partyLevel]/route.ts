import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams, parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { generateEncounter } from "@/lib/random/encounter";
import { partyLevelSchema, randomEncounterQuerySchema } from "@/lib/random/params";
import { randomSeed } from "@/lib/rng";

/** An encounter sized by the DMG XP budget of a party of `partySize` characters of `partyLevel`. */
export const GET = withUser(async (request, { params }) => {
  const partyLevel = parseWith(partyLevelSchema, params.partyLevel);
  const { seed, ...query } = parseSearchParams(request.url, randomEncounterQuerySchema);
  return json(generateEncounter({ partyLevel, ...query, seed: seed ?? randomSeed() }));
});
