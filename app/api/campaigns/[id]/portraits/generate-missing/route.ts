import { z } from "zod";
import { generateMissingPortraits } from "@/lib/campaigns/campaign-state";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** DM only: one portrait batch per party member without a portrait; answers with ids to poll. */
export const POST = route({ params: z.object({ id: id("Campaign") }) }, async ({ userId, params }) =>
  json(await generateMissingPortraits(userId, params.id), { status: 202 }),
);
