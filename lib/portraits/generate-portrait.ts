import "server-only";
import { imageFileUrl } from "@/lib/images/urls";
import { characterInclude, profileView, type CharacterRow } from "@/lib/characters/view";
import { prisma } from "@/lib/db/client";
import { loadProfile, loadProfileConnection } from "@/lib/generation/load-profile-connection";
import { assertGenerationCapacity } from "@/lib/generation/generation-quota";
import { requestGeneration } from "@/lib/generation/request-generation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { ensureBuiltinProfile } from "@/lib/profiles/ensure-builtin-profile";
import { getAdapter } from "@/lib/providers/registry";
import type { GeneratePortraitInput } from "@/lib/schemas/characters";
import type { GeneratePortraitResponse, StartedPortrait } from "@/lib/schemas/characters-response";
import { applyStyleTemplate, buildPortraitPrompt } from "./build-portrait-prompt";
import { enhancePortraitPrompt } from "./enhance-portrait-prompt";

const MAX_PROMPT = 4000;

/**
 * The character requirement's POST /portrait/generate. Without `regenerate` an existing portrait is returned as it
 * is (regeneration only on request). Otherwise: raw prompt from the fields → enhanced by the
 * profile's text model → wrapped in the style template → the generation pipeline, with `variations`
 * images side by side. Answers at once with generation ids to poll; the prompt sent is stored on
 * every Generation (prompt = sent, enhancedPrompt = the text model's output).
 */
export async function generatePortrait(
  userId: string,
  characterId: string,
  input: GeneratePortraitInput,
): Promise<GeneratePortraitResponse> {
  const row = await prisma.characterProfile.findFirst({
    where: { id: characterId, ownerId: userId },
    include: characterInclude,
  });
  if (!row) throw notFound("Character");
  const current = profileView(row).portrait;
  if (current && !input.regenerate) {
    return {
      success: true as const,
      generated: false as const,
      character_id: row.id,
      portrait_url: current.url,
      portrait_path: imageFileUrl(current.image_id),
      prompt_used: current.prompt_used,
      generations: [],
    };
  }
  return startPortraitBatch(userId, row, input);
}

/** Shared with the DM's "generate missing portraits"; the asset belongs to whoever generates. */
export async function startPortraitBatch(
  userId: string,
  row: CharacterRow,
  input: GeneratePortraitInput,
  campaignId?: string,
): Promise<StartedPortrait> {
  const profileId = input.profile_id ?? (await defaultProfileId(userId));
  await loadProfile(userId, profileId); // 404 before any write when the profile is not theirs
  // Past the waiting limit: a 429 before the text model is paid for or an asset is made.
  await assertGenerationCapacity(userId, input.variations);
  const connection = await loadProfileConnection(userId, profileId);
  const style = input.style ?? row.portraitStyle ?? "illustrated";
  const fields = profileView(row);
  const rawPrompt = buildPortraitPrompt(fields, input.custom_prompt_additions);
  const { enhanced, enhancedBy } = await enhancePortraitPrompt(getAdapter(connection.kind), connection, rawPrompt);
  const promptUsed = applyStyleTemplate(enhanced, style).slice(0, MAX_PROMPT);

  const assetId = await portraitAssetFor(userId, row, campaignId);
  const batch = await requestGeneration({
    userId,
    profileId,
    prompt: promptUsed,
    options: { n: input.variations },
    assetId,
    assetKind: "PORTRAIT",
    tags: [{ tagType: "CHARACTER", tagId: row.id }],
    campaignId,
    subject: {
      name: row.name,
      race: row.race,
      characterClass: row.characterClass,
      gender: row.gender,
      ageCategory: row.ageCategory ?? undefined,
      build: row.build,
      facialExpression: row.facialExpression,
      attire: row.attire ?? undefined,
      primaryWeapon: row.primaryWeapon ?? undefined,
      distinguishingFeature: row.distinguishingFeature ?? undefined,
      backgroundSetting: row.backgroundSetting ?? undefined,
      pose: row.pose ?? undefined,
      style,
    },
  });
  await prisma.generation.updateMany({
    where: { batchId: batch.batchId, ownerId: userId },
    data: { enhancedPrompt: enhanced },
  });
  const metadata = {
    rawPrompt,
    enhancedPrompt: enhanced,
    enhancedBy,
    style,
    customAdditions: input.custom_prompt_additions,
  } as Prisma.InputJsonValue;
  await prisma.asset.update({ where: { id: assetId }, data: { metadata } });
  return {
    success: true as const,
    generated: true as const,
    character_id: row.id,
    portrait_url: null,
    portrait_path: null,
    batch_id: batch.batchId,
    generations: batch.generations,
    raw_prompt: rawPrompt,
    enhanced_prompt: enhanced,
    enhanced_by: enhancedBy,
    prompt_used: promptUsed,
    style,
    provider: batch.provider,
    model: batch.model,
  };
}

async function defaultProfileId(userId: string): Promise<string> {
  const builtin = await ensureBuiltinProfile(userId);
  const preferred = await prisma.connectionProfile.findFirst({
    where: { userId, isDefault: true },
    select: { id: true },
  });
  return preferred?.id ?? builtin.id;
}

/**
 * The character's portrait asset when it is the caller's; otherwise (first portrait, or a DM's
 * generation for a player's character) a new PORTRAIT asset that becomes the character's.
 */
export async function portraitAssetFor(userId: string, row: CharacterRow, campaignId?: string): Promise<string> {
  if (row.portraitAssetId) {
    const own = await prisma.asset.findFirst({
      where: { id: row.portraitAssetId, ownerId: userId },
      select: { id: true },
    });
    if (own) return own.id;
  }
  const asset = await prisma.asset.create({
    data: { ownerId: userId, campaignId, kind: "PORTRAIT", name: `${row.name} — portrait`.slice(0, 120) },
    select: { id: true },
  });
  await prisma.characterProfile.update({ where: { id: row.id }, data: { portraitAssetId: asset.id } });
  return asset.id;
}
