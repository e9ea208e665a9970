import { getCampaign } from "@/lib/campaigns/campaigns";
import { getCurrentUser } from "@/lib/auth/session";
import { isId } from "@/lib/http/id";

/**
 * `?campaign=<id>` on the maps and tokens pages, from a campaign's own page: the id, when the
 * signed-in user is that campaign's DM (only the DM adds maps and tokens to it); otherwise nothing,
 * and the page starts with no campaign chosen as before.
 */
export async function dmCampaignFromQuery(value: string | string[] | undefined): Promise<string | undefined> {
  const id = Array.isArray(value) ? value[0] : value;
  if (!id || !isId(id)) return undefined;
  const user = await getCurrentUser();
  if (!user) return undefined;
  const campaign = await getCampaign(user.id, id).catch(() => null);
  return campaign?.is_dm ? campaign.campaign_id : undefined;
}
