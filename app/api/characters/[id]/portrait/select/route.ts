import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { selectPortrait } from "@/lib/portraits/portrait-history";
import { selectPortraitSchema } from "@/lib/schemas/characters";

/** Makes one generation from the portrait's history (a variation, an older one) current. */
export const POST = route(
  { params: z.object({ id: id("Character") }), body: selectPortraitSchema },
  async ({ userId, params, body }) => json(await selectPortrait(userId, params.id, body.generation_id)),
);
