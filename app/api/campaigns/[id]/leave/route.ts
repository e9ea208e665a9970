import { z } from "zod";
import { leaveCampaign } from "@/lib/campaigns/membership";
import { id } from "@/lib/http/id";
import { noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { leaveCampaignSchema } from "@/lib/schemas/campaigns";

/** A player leaves (with one character, or all of theirs). */
export const POST = route(
  { params: z.object({ id: id("Campaign") }), body: leaveCampaignSchema.optional() },
  async ({ userId, params, body }) => {
    await leaveCampaign(userId, params.id, body?.character_id);
    return noContent();
  },
);
