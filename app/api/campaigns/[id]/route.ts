import { withUser } from "@/lib/auth/with-user";
import { deleteCampaign, getCampaign } from "@/lib/campaigns/campaigns";
import { uuidParam } from "@/lib/characters/uuid-param";
import { json } from "@/lib/http/respond";

/** A campaign and its roster (EnrichedCharacters). */
export const GET = withUser(async (_request, { userId, params }) => json(await getCampaign(userId, uuidParam(params.id, "Campaign"))));

/** The DM deletes the campaign (204); members and strangers get 404. */
export const DELETE = withUser(async (_request, { userId, params }) => {
  await deleteCampaign(userId, uuidParam(params.id, "Campaign"));
  return new Response(null, { status: 204 });
});
