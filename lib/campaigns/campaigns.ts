import "server-only";
import { randomBytes } from "node:crypto";
import { dmCampaigns, visibleCampaigns } from "@/lib/access/campaigns";
import { prisma } from "@/lib/db/client";
import { removeImageFiles, type StoredImageRef } from "@/lib/storage/remove-image-files";
import { notFound } from "@/lib/http/errors";
import type { CreateCampaignInput } from "@/lib/schemas/campaigns";
import type { CampaignDetailResponse, CampaignSummary, InviteCodeResponse } from "@/lib/schemas/campaigns-response";
import { loadRoster } from "./roster";

// No 0/O/1/I: codes are read aloud at the table.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export function newInviteCode(length = 8): string {
  return Array.from(randomBytes(length), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");
}

/** The creator is the campaign's DM (owner and a DM member row). */
export async function createCampaign(userId: string, input: CreateCampaignInput): Promise<CampaignSummary> {
  const campaign = await prisma.campaign.create({
    data: { ...input, ownerId: userId, inviteCode: newInviteCode(), members: { create: { userId, role: "DM" } } },
  });
  return campaignView(campaign, userId, 0);
}

export async function listCampaigns(userId: string): Promise<CampaignSummary[]> {
  const campaigns = await prisma.campaign.findMany({
    where: visibleCampaigns(userId),
    include: { _count: { select: { characters: true } } },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return campaigns.map((campaign) => campaignView(campaign, userId, campaign._count.characters));
}

/** A campaign with its roster; strangers get 404. Only the DM sees the invite code. */
export async function getCampaign(userId: string, campaignId: string): Promise<CampaignDetailResponse> {
  const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, ...visibleCampaigns(userId) } });
  if (!campaign) throw notFound("Campaign");
  const roster = await loadRoster(campaignId, campaign.ownerId === userId);
  return { ...campaignView(campaign, userId, roster.length), roster };
}

/**
 * POST /api/campaigns/{id}/invite: the DM replaces the invite code. The old code stops working at
 * once, so a player the DM removed cannot rejoin with it. Anyone else gets 404.
 */
export async function rotateInviteCode(userId: string, campaignId: string): Promise<InviteCodeResponse> {
  const inviteCode = newInviteCode();
  const { count } = await prisma.campaign.updateMany({
    where: { id: campaignId, ...dmCampaigns(userId) },
    data: { inviteCode },
  });
  if (count === 0) throw notFound("Campaign");
  return { invite_code: inviteCode };
}

/**
 * DELETE /api/campaigns/{id}: the DM (owner) only; anyone else gets 404, as for a campaign they
 * cannot see. Members and roster entries cascade, and so do the campaign's maps and tokens; their
 * assets go with them (with their images, whose files are removed after the commit) so no
 * map or token picture is left behind without its map or token. Other assets and images of the
 * campaign stay with their owners as personal ones (campaignId SET NULL), files untouched.
 */
export async function deleteCampaign(userId: string, campaignId: string): Promise<void> {
  const images: StoredImageRef[] = await prisma.$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({ where: { id: campaignId, ownerId: userId }, select: { id: true } });
    if (!campaign) throw notFound("Campaign");
    const [maps, tokens] = await Promise.all([
      tx.map.findMany({ where: { campaignId }, select: { assetId: true } }),
      tx.token.findMany({ where: { campaignId }, select: { assetId: true } }),
    ]);
    const candidates = [...new Set([...maps, ...tokens].map((row) => row.assetId))];
    // An asset still used by a map or token outside this campaign is kept.
    const [mapsElsewhere, tokensElsewhere] = await Promise.all([
      tx.map.findMany({
        where: { assetId: { in: candidates }, OR: [{ campaignId: null }, { campaignId: { not: campaignId } }] },
        select: { assetId: true },
      }),
      tx.token.findMany({
        where: { assetId: { in: candidates }, OR: [{ campaignId: null }, { campaignId: { not: campaignId } }] },
        select: { assetId: true },
      }),
    ]);
    const kept = new Set([...mapsElsewhere, ...tokensElsewhere].map((row) => row.assetId));
    const assetIds = candidates.filter((id) => !kept.has(id));
    const rows = assetIds.length
      ? await tx.image.findMany({ where: { assetId: { in: assetIds } }, select: { id: true, path: true } })
      : [];
    if (rows.length) await tx.image.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
    if (assetIds.length) await tx.asset.deleteMany({ where: { id: { in: assetIds } } });
    await tx.campaign.delete({ where: { id: campaignId } });
    return rows;
  });
  await removeImageFiles(images);
}

type CampaignRow = {
  id: string;
  name: string;
  description: string;
  inviteCode: string;
  ownerId: string;
  createdAt: Date;
};

function campaignView(campaign: CampaignRow, userId: string, characterCount: number): CampaignSummary {
  const isDm = campaign.ownerId === userId;
  return {
    campaign_id: campaign.id,
    name: campaign.name,
    description: campaign.description,
    role: isDm ? ("DM" as const) : ("PLAYER" as const),
    is_dm: isDm,
    invite_code: isDm ? campaign.inviteCode : null,
    character_count: characterCount,
    created_at: campaign.createdAt.toISOString(),
  };
}
