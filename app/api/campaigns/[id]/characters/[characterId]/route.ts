import { withUser } from "@/lib/auth/with-user";
import { updateCampaignState } from "@/lib/campaigns/campaign-state";
import { removeCharacterFromCampaign } from "@/lib/campaigns/membership";
import { uuidParam } from "@/lib/characters/uuid-param";
import { parseJsonBody } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { updateCampaignStateSchema } from "@/lib/schemas/characters";

/** DM only: HP, AC, status, location, inventory, quests of one character in this campaign. */
export const PATCH = withUser(async (request, { userId, params }) => {
  const [campaignId, characterId] = [uuidParam(params.id, "Campaign"), uuidParam(params.characterId, "Character")];
  return json(await updateCampaignState(userId, campaignId, characterId, await parseJsonBody(request, updateCampaignStateSchema)));
});

/** DM only: removes a character from the party. */
export const DELETE = withUser(async (_request, { userId, params }) => {
  await removeCharacterFromCampaign(userId, uuidParam(params.id, "Campaign"), uuidParam(params.characterId, "Character"));
  return new Response(null, { status: 204 });
});
