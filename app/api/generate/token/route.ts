import { withUser } from "@/lib/auth/with-user";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { generateTokenSchema } from "@/lib/schemas/tokens";
import { createToken } from "@/lib/tokens/create-token";

/** One token from a character's portrait, a viewable image or a description: 201 with the token. */
export const POST = withUser(async (request, { userId }) => {
  const input = await parseJsonBody(request, generateTokenSchema);
  return json(await createToken(userId, input), { status: 201 });
});
