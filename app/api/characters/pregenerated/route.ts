import { listPregeneratedCharacters } from "@/lib/characters/pregenerated";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** The pregenerated characters a player can start from (seeded on first use). */
export const GET = route({}, async () => json({ characters: await listPregeneratedCharacters() }));
