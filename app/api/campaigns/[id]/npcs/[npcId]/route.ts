import { z } from "zod";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { deleteNpc, getNpc, updateNpc } from "@/lib/npcs/npcs";
import { updateNpcSchema } from "@/lib/schemas/npcs";

const params = z.object({ id: id("Campaign"), npcId: id("NPC") });

export const GET = route({ params }, async ({ userId, params }) => json(await getNpc(userId, params.id, params.npcId)));

/** The DM changes an NPC; a player or a stranger gets a 404. */
export const PATCH = route({ params, body: updateNpcSchema }, async ({ userId, params, body }) =>
  json(await updateNpc(userId, params.id, params.npcId, body)),
);

/** The NPC goes; tokens made from it stay, unlinked. */
export const DELETE = route({ params }, async ({ userId, params }) => {
  await deleteNpc(userId, params.id, params.npcId);
  return noContent();
});
