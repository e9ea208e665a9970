import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { dungeonEnvelope } from "@/lib/document-api/random";
import { randomDungeonQuerySchema } from "@/lib/random/params";
import { generateRandomDungeon } from "@/lib/random/random-dungeon";
import { randomSeed } from "@/lib/rng";

/** A dungeon layout (the requirement's `layout`, the generator's `mapLayout`) with its room key; the seed is echoed so the same dungeon can be asked for again. */
export const GET = route({ query: randomDungeonQuerySchema }, async ({ query: { seed, ...query } }) =>
  json(dungeonEnvelope(generateRandomDungeon({ ...query, seed: seed ?? randomSeed() }))),
);
