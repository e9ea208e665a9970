import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createApiToken, listApiTokens } from "@/lib/api-tokens/api-tokens";
import { createApiTokenSchema } from "@/lib/schemas/api-tokens";

/** The caller's personal API tokens (never their secrets). */
export const GET = route({}, async ({ userId }) => json(await listApiTokens(userId)));

/** A new token: 201 with its secret, shown this once. */
export const POST = route({ body: createApiTokenSchema }, async ({ userId, body }) =>
  json(await createApiToken(userId, body.name), { status: 201 }),
);
