import { z } from "zod";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { deleteToken, getToken } from "@/lib/tokens/token-queries";

const params = z.object({ id: id("Token") });

export const GET = route({ params }, async ({ userId, params }) => json(await getToken(userId, params.id)));

/** The maker only; 204 when gone. */
export const DELETE = route({ params }, async ({ userId, params }) => {
  await deleteToken(userId, params.id);
  return noContent();
});
