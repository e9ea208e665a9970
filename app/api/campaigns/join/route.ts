import { joinCampaign } from "@/lib/campaigns/membership";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { joinCampaignSchema } from "@/lib/schemas/campaigns";

/** Joins the campaign an invite code names, with one of the caller's characters. */
export const POST = route({ body: joinCampaignSchema }, async ({ userId, body }) =>
  json(await joinCampaign(userId, body), { status: 201 }),
);
