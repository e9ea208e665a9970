import "server-only";
import { dmCampaigns } from "@/lib/access/campaigns";
import { prisma } from "@/lib/db/client";

/**
 * The campaign a DM most likely works on now: of the campaigns they run, the one changed last
 * (the only one, when there is one). Undefined for a user who runs none: a player's campaigns
 * never take a DM's maps or tokens.
 */
export async function latestDmCampaignId(userId: string): Promise<string | undefined> {
  const campaign = await prisma.campaign.findFirst({
    where: dmCampaigns(userId),
    orderBy: [{ updatedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  return campaign?.id;
}
