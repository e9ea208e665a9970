import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { CHARACTER_DEFAULTS } from "@/lib/schemas/character-vocabulary";
import type { CreateCharacterInput, UpdateCharacterInput } from "@/lib/schemas/characters";
import { templateFields } from "./pregenerated";
import { visibleCampaigns } from "@/lib/access/campaigns";
import { readableCharacters, withoutDmNotes } from "@/lib/access/characters";
import { requireCampaignMember } from "@/lib/access/require";
import type { CharacterDetailResponse, CharacterProfileView } from "@/lib/schemas/characters-response";
import { characterInclude, profileView, stateView, toColumns } from "./view";

/** Create a character owned by the user; omitted fields take the seed's defaults. */
export async function createCharacter(userId: string, input: CreateCharacterInput): Promise<CharacterProfileView> {
  const { campaign_id: campaignId, ...fields } = input;
  // With the characters requirement's campaign_id the character joins that campaign at once; a
  // campaign the caller is not in is a 404, checked before anything is written.
  if (campaignId) await requireCampaignMember(userId, campaignId);
  const template = fields.template_slug ? await templateFields(fields.template_slug) : {};
  const data = toColumns({ ...CHARACTER_DEFAULTS, ...template, ...fields });
  const row = await prisma.characterProfile.create({
    data: {
      ...(data as object),
      ownerId: userId,
      ...(campaignId ? { campaigns: { create: { campaignId } } } : {}),
    } as Parameters<typeof prisma.characterProfile.create>[0]["data"],
    include: characterInclude,
  });
  return profileView(row);
}

/** The user's own characters, newest first. */
export async function listCharacters(userId: string): Promise<CharacterProfileView[]> {
  const rows = await prisma.characterProfile.findMany({
    where: { ownerId: userId },
    include: characterInclude,
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
  return rows.map(profileView);
}

/** One character with its state in every campaign the user can see; 404 for strangers. */
export async function getCharacter(userId: string, characterId: string): Promise<CharacterDetailResponse> {
  const row = await prisma.characterProfile.findFirst({
    where: { id: characterId, ...readableCharacters(userId) },
    include: {
      ...characterInclude,
      campaigns: {
        where: { campaign: visibleCampaigns(userId) },
        include: { campaign: { select: { id: true, name: true, ownerId: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!row) throw notFound("Character");
  return {
    ...profileView(row),
    is_owner: row.ownerId === userId,
    campaigns: row.campaigns.map((info) => ({
      ...withoutDmNotes(stateView(info, row.baseLevel), info.campaign.ownerId === userId),
      campaign_name: info.campaign.name,
      is_dm: info.campaign.ownerId === userId,
    })),
  };
}

/** Only the owner edits identity and looks; the change shows in every campaign at once. */
export async function updateCharacter(
  userId: string,
  characterId: string,
  input: UpdateCharacterInput,
): Promise<CharacterDetailResponse> {
  const { count } = await prisma.characterProfile.updateMany({
    where: { id: characterId, ownerId: userId },
    data: toColumns(input) as object,
  });
  if (count === 0) throw notFound("Character");
  return getCharacter(userId, characterId);
}

/** Deleting a character removes it from every campaign (CharacterInfo cascades). */
export async function deleteCharacter(userId: string, characterId: string): Promise<void> {
  const { count } = await prisma.characterProfile.deleteMany({ where: { id: characterId, ownerId: userId } });
  if (count === 0) throw notFound("Character");
}
