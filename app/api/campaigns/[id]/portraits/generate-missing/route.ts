import { withUser } from "@/lib/auth/with-user";
import { generateMissingPortraits } from "@/lib/campaigns/campaign-state";
import { uuidParam } from "@/lib/characters/uuid-param";
import { json } from "@/lib/http/respond";

/** DM only: one portrait batch per party member without a portrait; answers with ids to poll. */
export const POST = withUser(async (_request, { userId, params }) => json(await generateMissingPortraits(userId, uuidParam(params.id, "Campaign")), { status: 202 }));
