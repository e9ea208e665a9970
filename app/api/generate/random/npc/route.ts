import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { npcEnvelope } from "@/lib/document-api/random";
import { generateNpc } from "@/lib/random/npc";
import { randomNpcQuerySchema } from "@/lib/random/params";
import { randomSeed } from "@/lib/rng";

/** An NPC; race, class, personality and alignment fix those parts, the rest comes from the seed. */
export const GET = route({ query: randomNpcQuerySchema }, async ({ query: { seed, ...query } }) =>
  json(npcEnvelope(generateNpc({ ...query, seed: seed ?? randomSeed() }))),
);
