import { withUser } from "@/lib/auth/with-user";
import { deleteCharacter, getCharacter, updateCharacter } from "@/lib/characters/characters";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { uuidParam } from "@/lib/characters/uuid-param";
import { updateCharacterSchema } from "@/lib/schemas/characters";

/** One character with its state in each campaign the caller can see (owner, DM or party member). */
export const GET = withUser(async (_request, { userId, params }) => json(await getCharacter(userId, uuidParam(params.id, "Character"))));

/** Seed 001's PATCH: visual fields and more, owner only. */
export const PATCH = withUser(async (request, { userId, params }) => {
  const id = uuidParam(params.id, "Character");
  return json(await updateCharacter(userId, id, await parseJsonBody(request, updateCharacterSchema)));
});

export const DELETE = withUser(async (_request, { userId, params }) => {
  await deleteCharacter(userId, uuidParam(params.id, "Character"));
  return new Response(null, { status: 204 });
});
