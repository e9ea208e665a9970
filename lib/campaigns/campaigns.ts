import "server-only";
import { randomBytes } from "node:crypto";
import { visibleCampaignWhere } from "@/lib/characters/access";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { CreateCampaignInput } from "@/lib/schemas/campaigns";
import { loadRoster } from "./roster";

// No 0/O/1/I: codes are read aloud at the table.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function newInviteCode(length = 8): string {
  return Array.from(randomBytes(length), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");
}

/** The creator is the campaign's DM (owner and a DM member row). */
export async function createCampaign(userId: string, input: CreateCampaignInput) {
  const campaign = await prisma.campaign.create({
    data: { ...input, ownerId: userId, inviteCode: newInviteCode(), members: { create: { userId, role: "DM" } } },
  });
  return campaignView(campaign, userId, 0);
}

export async function listCampaigns(userId: string) {
  const campaigns = await prisma.campaign.findMany({
    where: visibleCampaignWhere(userId),
    include: { _count: { select: { characters: true } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return campaigns.map((campaign) => campaignView(campaign, userId, campaign._count.characters));
}

/** A campaign with its roster; strangers get 404. Only the DM sees the invite code. */
export async function getCampaign(userId: string, campaignId: string) {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, ...visibleCampaignWhere(userId) } });
  if (!campaign) throw notFound("Campaign");
  const roster = await loadRoster(campaignId);
  return { ...campaignView(campaign, userId, roster.length), roster };
}

type CampaignRow = { id: string; name: string; description: string; inviteCode: string; ownerId: string; createdAt: Date };

function campaignView(campaign: CampaignRow, userId: string, characterCount: number) {
  const isDm = campaign.ownerId === userId;
  return {
    campaign_id: campaign.id,
    name: campaign.name,
    description: campaign.description,
    role: isDm ? ("DM" as const) : ("PLAYER" as const),
    is_dm: isDm,
    invite_code: isDm ? campaign.inviteCode : null,
    character_count: characterCount,
    created_at: campaign.createdAt,
  };
}
