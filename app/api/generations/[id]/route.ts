import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { getGeneration } from "@/lib/generation/get-generation";
import { parseWith } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";

const generationParams = z.object({ id: z.uuid() });

/** One generation's status, error, timings and (once completed) its image. */
export const GET = withUser(async (_request, { userId, params }) => {
  const { id } = parseWith(generationParams, params);
  return json(await getGeneration(userId, id));
});
