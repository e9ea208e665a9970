import { withUser } from "@/lib/auth/with-user";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { uuidParam } from "@/lib/characters/uuid-param";
import { json } from "@/lib/http/respond";

/** Seed 001's roster: every character in the campaign as an EnrichedCharacter. */
export const GET = withUser(async (_request, { userId, params }) => {
  const { roster } = await getCampaign(userId, uuidParam(params.id, "Campaign"));
  return json({ characters: roster });
});
