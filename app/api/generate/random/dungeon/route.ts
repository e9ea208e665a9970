import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { randomDungeonQuerySchema } from "@/lib/random/params";
import { generateRandomDungeon } from "@/lib/random/random-dungeon";
import { randomSeed } from "@/lib/rng";

/** A dungeon layout with its room key; the seed is echoed so the same dungeon can be asked for again. */
export const GET = withUser(async (request) => {
  const { seed, ...query } = parseSearchParams(request.url, randomDungeonQuerySchema);
  return json(generateRandomDungeon({ ...query, seed: seed ?? randomSeed() }));
});
