import { z } from "zod";
import { deleteCampaign, getCampaign } from "@/lib/campaigns/campaigns";
import { id } from "@/lib/http/id";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";

const params = z.object({ id: id("Campaign") });

/** A campaign and its roster (EnrichedCharacters). */
export const GET = route({ params }, async ({ userId, params }) => json(await getCampaign(userId, params.id)));

/** The DM deletes the campaign (204); members and strangers get 404. */
export const DELETE = route({ params }, async ({ userId, params }) => {
  await deleteCampaign(userId, params.id);
  return noContent();
});
