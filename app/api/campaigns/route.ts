import { withUser } from "@/lib/auth/with-user";
import { createCampaign, listCampaigns } from "@/lib/campaigns/campaigns";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { createCampaignSchema } from "@/lib/schemas/campaigns";

/** Campaigns the user runs or plays in. */
export const GET = withUser(async (_request, { userId }) => json({ campaigns: await listCampaigns(userId) }));

/** Creates a campaign with the caller as its DM and a fresh invite code. */
export const POST = withUser(async (request, { userId }) => json(await createCampaign(userId, await parseJsonBody(request, createCampaignSchema)), { status: 201 }));
