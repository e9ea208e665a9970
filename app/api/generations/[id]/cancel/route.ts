import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { cancelGeneration } from "@/lib/generation/cancel-generation";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

const generationParams = z.object({ id: z.uuid() });

/** Cancels a pending or running generation (409 once it has completed or failed). */
export const POST = withUser(async (_request, { userId, params }) => {
  const { id } = parseWith(generationParams, params);
  return json(await cancelGeneration(userId, id));
});
