import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { renameApiToken, revokeApiToken } from "@/lib/api-tokens/api-tokens";
import { renameApiTokenSchema } from "@/lib/schemas/api-tokens";

const params = z.object({ id: id("API token") });

export const PATCH = route({ params, body: renameApiTokenSchema }, async ({ userId, params, body }) =>
  json(await renameApiToken(userId, params.id, body.name)),
);

/** Revokes the token (the row stays, marked, for the list): the next request with it is a 401. */
export const DELETE = route({ params }, async ({ userId, params }) => json(await revokeApiToken(userId, params.id)));
