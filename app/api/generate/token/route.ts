import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { tokenEnvelope } from "@/lib/document-api/tokens";
import { generateTokenSchema } from "@/lib/schemas/tokens";
import { createToken } from "@/lib/tokens/create-token";

/** One token from a character's portrait, a viewable image, a description or an NPC: 201 with the token and the requirement's `token`. */
export const POST = route({ body: generateTokenSchema }, async ({ userId, body }) =>
  json(tokenEnvelope(await createToken(userId, body)), { status: 201 }),
);
