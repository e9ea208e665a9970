import { z } from "zod";
import { deleteCharacter, getCharacter, updateCharacter } from "@/lib/characters/characters";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { updateCharacterSchema } from "@/lib/schemas/characters";

const params = z.object({ id: id("Character") });

/** One character with its state in each campaign the caller can see (owner, DM or party member). */
export const GET = route({ params }, async ({ userId, params }) => json(await getCharacter(userId, params.id)));

/** Visual fields and more, owner only. */
export const PATCH = route({ params, body: updateCharacterSchema }, async ({ userId, params, body }) =>
  json(await updateCharacter(userId, params.id, body)),
);

export const DELETE = route({ params }, async ({ userId, params }) => {
  await deleteCharacter(userId, params.id);
  return noContent();
});
