import { withUser } from "@/lib/auth/with-user";
import { joinCampaign } from "@/lib/campaigns/membership";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { joinCampaignSchema } from "@/lib/schemas/campaigns";

/** Joins the campaign an invite code names, with one of the caller's characters. */
export const POST = withUser(async (request, { userId }) => json(await joinCampaign(userId, await parseJsonBody(request, joinCampaignSchema)), { status: 201 }));
