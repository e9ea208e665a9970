import { z } from "zod";
import { updateCampaignState } from "@/lib/campaigns/campaign-state";
import { removeCharacterFromCampaign } from "@/lib/campaigns/membership";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { updateCampaignStateSchema } from "@/lib/schemas/characters";

const params = z.object({ id: id("Campaign"), characterId: id("Character") });

/** DM only: HP, AC, status, location, inventory, quests of one character in this campaign. */
export const PATCH = route({ params, body: updateCampaignStateSchema }, async ({ userId, params, body }) =>
  json(await updateCampaignState(userId, params.id, params.characterId, body)),
);

/** DM only: removes a character from the party. */
export const DELETE = route({ params }, async ({ userId, params }) => {
  await removeCharacterFromCampaign(userId, params.id, params.characterId);
  return noContent();
});
