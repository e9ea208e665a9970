import { createCharacter, listCharacters } from "@/lib/characters/characters";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createCharacterSchema } from "@/lib/schemas/characters";

/** The user's characters (CharacterProfile views). */
export const GET = route({}, async ({ userId }) => json({ characters: await listCharacters(userId) }));

export const POST = route({ body: createCharacterSchema }, async ({ userId, body }) =>
  json(await createCharacter(userId, body), { status: 201 }),
);
