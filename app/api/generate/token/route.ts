import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { generateTokenSchema } from "@/lib/schemas/tokens";
import { createToken } from "@/lib/tokens/create-token";

/** One token from a character's portrait, a viewable image or a description: 201 with the token. */
export const POST = route({ body: generateTokenSchema }, async ({ userId, body }) => json(await createToken(userId, body), { status: 201 }));
