import { z } from "zod";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { id } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

/** The campaign's roster: every character in it as an EnrichedCharacter. */
export const GET = route({ params: z.object({ id: id("Campaign") }) }, async ({ userId, params }) =>
  json({ characters: (await getCampaign(userId, params.id)).roster }),
);
