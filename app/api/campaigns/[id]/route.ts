import { withUser } from "@/lib/auth/with-user";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { uuidParam } from "@/lib/characters/uuid-param";
import { json } from "@/lib/http/respond";

/** A campaign and its roster (EnrichedCharacters). */
export const GET = withUser(async (_request, { userId, params }) => json(await getCampaign(userId, uuidParam(params.id, "Campaign"))));
