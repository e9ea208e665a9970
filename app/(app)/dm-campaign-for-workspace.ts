import { getCampaign } from "@/lib/campaigns/campaigns";
import { latestDmCampaignId } from "@/lib/campaigns/latest-dm-campaign";
import { getCurrentUser } from "@/lib/auth/session";
import { isId } from "@/lib/http/id";

/**
 * The campaign the maps and tokens pages start on (the user can still pick another, or none).
 * `?campaign=<id>` from a campaign's own page comes first, when the signed-in user is that
 * campaign's DM (only the DM adds maps and tokens to it). Otherwise, opened from the navigation,
 * the campaign they ran last, so a DM's new maps and tokens do not land outside every campaign
 * by default. A user who runs no campaign starts with none.
 */
export async function dmCampaignForWorkspace(value: string | string[] | undefined): Promise<string | undefined> {
  const user = await getCurrentUser();
  if (!user) return undefined;
  const id = Array.isArray(value) ? value[0] : value;
  if (id && isId(id)) {
    const campaign = await getCampaign(user.id, id).catch(() => null);
    if (campaign?.is_dm) return campaign.campaign_id;
  }
  return latestDmCampaignId(user.id);
}
