import { createCampaign, listCampaigns } from "@/lib/campaigns/campaigns";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createCampaignSchema } from "@/lib/schemas/campaigns";

/** Campaigns the user runs or plays in. */
export const GET = route({}, async ({ userId }) => json({ campaigns: await listCampaigns(userId) }));

/** Creates a campaign with the caller as its DM and a fresh invite code. */
export const POST = route({ body: createCampaignSchema }, async ({ userId, body }) =>
  json(await createCampaign(userId, body), { status: 201 }),
);
