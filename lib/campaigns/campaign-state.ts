import "server-only";
import { characterInclude, enrichedCharacter, type EnrichedCharacter } from "@/lib/characters/view";
import type { GenerateMissingResponse } from "@/lib/schemas/campaigns-response";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertGenerationCapacity } from "@/lib/generation/generation-quota";
import { notFound } from "@/lib/http/errors";
import { startPortraitBatch } from "@/lib/portraits/generate-portrait";
import type { UpdateCampaignStateInput } from "@/lib/schemas/characters";

/** DM-only edit of a character's campaign state; players (and strangers) get 404. */
export async function updateCampaignState(
  userId: string,
  campaignId: string,
  characterId: string,
  input: UpdateCampaignStateInput,
): Promise<EnrichedCharacter> {
  const data: Prisma.CharacterInfoUpdateManyMutationInput = {
    level: input.level,
    hitPointsCurrent: input.hit_points_current,
    hitPointsMax: input.hit_points_max,
    armorClass: input.armor_class,
    status: input.status,
    location: input.location,
    inventory: input.inventory as Prisma.InputJsonValue | undefined,
    quests: input.quests as Prisma.InputJsonValue | undefined,
    notes: input.notes,
  };
  const { count } = await prisma.characterInfo.updateMany({
    where: { campaignId, characterId, campaign: { ownerId: userId } },
    data,
  });
  if (count === 0) throw notFound("Character");
  const info = await prisma.characterInfo.findFirstOrThrow({
    where: { campaignId, characterId },
    include: { character: { include: characterInclude } },
  });
  return enrichedCharacter(info.character, info);
}

/**
 * The DM's "generate missing portraits": one batch per character without a portrait, with the DM's
 * default profile, attached to the campaign so every member can see the images.
 */
export async function generateMissingPortraits(userId: string, campaignId: string): Promise<GenerateMissingResponse> {
  const campaign = await prisma.campaign.findFirst({
    where: { id: campaignId, ownerId: userId },
    select: { id: true },
  });
  if (!campaign) throw notFound("Campaign");
  const infos = await prisma.characterInfo.findMany({
    where: { campaignId },
    include: { character: { include: characterInclude } },
  });
  const missing = infos.filter((info) => enrichedCharacter(info.character, info).portrait === null);
  // All or none when the waiting limit is the obstacle: a 429 before the first batch starts.
  await assertGenerationCapacity(userId, missing.length);
  const started: GenerateMissingResponse["started"] = [];
  for (const info of missing) {
    const batch = await startPortraitBatch(
      userId,
      info.character,
      { regenerate: true, custom_prompt_additions: "", variations: 1 },
      campaignId,
    );
    started.push({
      character_id: info.characterId,
      name: info.character.name,
      batch_id: batch.batch_id,
      generations: batch.generations,
    });
  }
  return { started };
}
