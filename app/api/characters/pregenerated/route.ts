import { withUser } from "@/lib/auth/with-user";
import { listPregeneratedCharacters } from "@/lib/characters/pregenerated";
import { json } from "@/lib/http/respond";

/** The pregenerated characters a player can start from (seeded on first use). */
export const GET = withUser(async () => json({ characters: await listPregeneratedCharacters() }));
