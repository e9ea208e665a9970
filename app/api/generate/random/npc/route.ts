import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { generateNpc } from "@/lib/random/npc";
import { randomNpcQuerySchema } from "@/lib/random/params";
import { randomSeed } from "@/lib/rng";

/** An NPC; race, class, personality and alignment fix those parts, the rest comes from the seed. */
export const GET = withUser(async (request) => {
  const { seed, ...query } = parseSearchParams(request.url, randomNpcQuerySchema);
  return json(generateNpc({ ...query, seed: seed ?? randomSeed() }));
});
