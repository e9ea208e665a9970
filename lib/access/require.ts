import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { dmCampaigns, visibleCampaigns } from "./campaigns";

export type CampaignRole = "DM" | "PLAYER";

/** The user's role in a campaign; 404 when they are an outsider (or the campaign does not exist). */
export async function campaignRole(userId: string, campaignId: string): Promise<CampaignRole> {
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, ...visibleCampaigns(userId) },
    select: { ownerId: true },
  });
  if (!campaign) throw notFound("Campaign");
  return campaign.ownerId === userId ? "DM" : "PLAYER";
}

/** Only the campaign's DM may go on; anyone else gets the same 404 as a missing campaign. */
export async function requireCampaignDm(userId: string, campaignId: string): Promise<void> {
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, ...dmCampaigns(userId) },
    select: { id: true },
  });
  if (!campaign) throw notFound("Campaign");
}

/** The DM or a player of the campaign may go on; an outsider gets a 404. */
export async function requireCampaignMember(userId: string, campaignId: string): Promise<CampaignRole> {
  return campaignRole(userId, campaignId);
}
