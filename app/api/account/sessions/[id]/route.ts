import { z } from "zod";
import { endSessionOf } from "@/lib/auth/server-sessions";
import { id } from "@/lib/http/id";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

const params = z.object({ id: id("Session") });

/** Signs one of the caller's browsers out; another user's session (or an ended one) is a 404. */
export const DELETE = route({ params }, async ({ userId, params }) => {
  await endSessionOf(userId, params.id);
  return noContent();
});
