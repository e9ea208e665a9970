import { withUser } from "@/lib/auth/with-user";
import { leaveCampaign } from "@/lib/campaigns/membership";
import { uuidParam } from "@/lib/characters/uuid-param";
import { parseJsonBody } from "@/lib/http/parse";
import { leaveCampaignSchema } from "@/lib/schemas/campaigns";

/** A player leaves (with one character, or all of theirs). */
export const POST = withUser(async (request, { userId, params }) => {
  const { character_id } = (await parseJsonBody(request, leaveCampaignSchema.optional())) ?? {};
  await leaveCampaign(userId, uuidParam(params.id, "Campaign"), character_id);
  return new Response(null, { status: 204 });
});
