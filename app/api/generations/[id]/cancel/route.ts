import { z } from "zod";
import { cancelGeneration } from "@/lib/generation/cancel-generation";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** Cancels a pending or running generation (409 once it has completed or failed). */
export const POST = route({ params: z.object({ id: id("Generation") }) }, async ({ userId, params }) =>
  json(await cancelGeneration(userId, params.id)),
);
