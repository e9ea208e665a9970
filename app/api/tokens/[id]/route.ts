import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { deleteToken, getToken } from "@/lib/tokens/token-queries";

export const GET = withUser(async (_request, { userId, params }) => json(await getToken(userId, parseWith(z.uuid(), params.id))));

/** The maker only; 204 when gone. */
export const DELETE = withUser(async (_request, { userId, params }) => {
  await deleteToken(userId, parseWith(z.uuid(), params.id));
  return new Response(null, { status: 204 });
});
