import { z } from "zod";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { getPortrait } from "@/lib/portraits/portrait-history";

/** The current portrait (url, prompt used) and every generation of it. */
export const GET = route({ params: z.object({ id: id("Character") }) }, async ({ userId, params }) =>
  json(await getPortrait(userId, params.id)),
);
