import { setVisibility } from "@/lib/campaigns/visibility";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { setVisibilitySchema, visibilityToDb } from "@/lib/schemas/visibility";

/**
 * The DM reveals campaign items (maps, tokens, images, assets) to the party or hides them again.
 * Per-item results: refused items say why ("Only the DM can change this").
 */
export const PUT = route({ body: setVisibilitySchema }, async ({ userId, body }) =>
  json(await setVisibility(userId, body.items, visibilityToDb[body.visibility])),
);
