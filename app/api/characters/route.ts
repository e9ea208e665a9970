import { withUser } from "@/lib/auth/with-user";
import { createCharacter, listCharacters } from "@/lib/characters/characters";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createCharacterSchema } from "@/lib/schemas/characters";

/** Seed 001: the user's characters (CharacterProfile views). */
export const GET = withUser(async (_request, { userId }) => json({ characters: await listCharacters(userId) }));

export const POST = withUser(async (request, { userId }) => {
  const input = await parseJsonBody(request, createCharacterSchema);
  return json(await createCharacter(userId, input), { status: 201 });
});
