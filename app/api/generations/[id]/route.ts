import { z } from "zod";
import { getGeneration } from "@/lib/generation/get-generation";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** One generation's status, error, timings and (once completed) its image. */
export const GET = route({ params: z.object({ id: id("Generation") }) }, async ({ userId, params }) =>
  json(await getGeneration(userId, params.id)),
);
