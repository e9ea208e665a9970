import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createNpc, listNpcs } from "@/lib/npcs/npcs";
import { createNpcSchema } from "@/lib/schemas/npcs";

const params = z.object({ id: id("Campaign") });

/** The campaign's NPCs the caller may see (players: only revealed ones), with their tokens. */
export const GET = route({ params }, async ({ userId, params }) => json(await listNpcs(userId, params.id)));

/** The DM adds an NPC by hand or from the random NPC generator's answer: 201, DM-only until revealed. */
export const POST = route({ params, body: createNpcSchema }, async ({ userId, params, body }) =>
  json(await createNpc(userId, params.id, body), { status: 201 }),
);
