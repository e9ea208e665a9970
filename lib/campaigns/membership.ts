import "server-only";
import { prisma } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/http/errors";
import type { JoinCampaignInput } from "@/lib/schemas/campaigns";
import type { CampaignDetailResponse } from "@/lib/schemas/campaigns-response";
import { getCampaign } from "./campaigns";

/** A player joins with one of their own characters, creating its CharacterInfo for this campaign. */
export async function joinCampaign(userId: string, input: JoinCampaignInput): Promise<CampaignDetailResponse> {
  const campaign = await prisma.campaign.findUnique({
    where: { inviteCode: input.invite_code },
    select: { id: true, ownerId: true },
  });
  if (!campaign) throw notFound("Campaign");
  const character = await prisma.characterProfile.findFirst({
    where: { id: input.character_id, ownerId: userId },
    select: { id: true },
  });
  if (!character) throw notFound("Character");
  const already = await prisma.characterInfo.findFirst({
    where: { campaignId: campaign.id, characterId: character.id },
    select: { id: true },
  });
  if (already) throw conflict("That character is already in this campaign");
  await prisma.$transaction([
    prisma.campaignMember.upsert({
      where: { campaignId_userId: { campaignId: campaign.id, userId } },
      create: { campaignId: campaign.id, userId, role: campaign.ownerId === userId ? "DM" : "PLAYER" },
      update: {},
    }),
    prisma.characterInfo.create({ data: { campaignId: campaign.id, characterId: character.id } }),
  ]);
  return getCampaign(userId, campaign.id);
}

/**
 * A player leaves: one character (character_id) or all of theirs; with none left in the party the
 * membership goes too. The DM cannot leave their own campaign (they would delete it instead).
 */
export async function leaveCampaign(userId: string, campaignId: string, characterId?: string): Promise<void> {
  const membership = await prisma.campaignMember.findFirst({
    where: { campaignId, userId },
    include: { campaign: { select: { ownerId: true } } },
  });
  if (!membership) throw notFound("Campaign");
  if (membership.campaign.ownerId === userId) throw conflict("The DM cannot leave their own campaign");
  await prisma.characterInfo.deleteMany({
    where: { campaignId, character: { ownerId: userId }, ...(characterId ? { characterId } : {}) },
  });
  const remaining = await prisma.characterInfo.count({ where: { campaignId, character: { ownerId: userId } } });
  if (remaining === 0) await prisma.campaignMember.delete({ where: { id: membership.id } });
}

/** The DM removes a character from the party (its profile stays with its owner). */
export async function removeCharacterFromCampaign(
  userId: string,
  campaignId: string,
  characterId: string,
): Promise<void> {
  const { count } = await prisma.characterInfo.deleteMany({
    where: { campaignId, characterId, campaign: { ownerId: userId } },
  });
  if (count === 0) throw notFound("Character");
  const owner = await prisma.characterProfile.findUnique({ where: { id: characterId }, select: { ownerId: true } });
  if (!owner || owner.ownerId === userId) return;
  const left = await prisma.characterInfo.count({ where: { campaignId, character: { ownerId: owner.ownerId } } });
  if (left === 0)
    await prisma.campaignMember.deleteMany({ where: { campaignId, userId: owner.ownerId, role: "PLAYER" } });
}
