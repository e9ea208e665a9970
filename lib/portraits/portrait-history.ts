import "server-only";
import { readableCharacters } from "@/lib/access/characters";
import { characterInclude, profileView } from "@/lib/characters/view";
import type { PortraitStateResponse } from "@/lib/schemas/characters-response";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/http/errors";
import { imageFileUrl } from "@/lib/images/urls";

const HISTORY_LIMIT = 60;

/** The character requirement's GET /portrait plus the history: every generation of the portrait asset, newest first. */
export async function getPortrait(userId: string, characterId: string): Promise<PortraitStateResponse> {
  const row = await prisma.characterProfile.findFirst({
    where: { id: characterId, ...readableCharacters(userId) },
    include: characterInclude,
  });
  if (!row) throw notFound("Character");
  const current = profileView(row).portrait;
  const generations = row.portraitAssetId
    ? await prisma.generation.findMany({
        where: { assetId: row.portraitAssetId },
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        take: HISTORY_LIMIT,
        select: {
          id: true,
          batchId: true,
          status: true,
          prompt: true,
          enhancedPrompt: true,
          errorCode: true,
          error: true,
          createdAt: true,
          image: { select: { id: true } },
        },
      })
    : [];
  return {
    character_id: row.id,
    has_portrait: current !== null,
    portrait_url: current?.url ?? null,
    portrait_path: current ? imageFileUrl(current.image_id) : null,
    prompt_used: current?.prompt_used ?? null,
    current,
    in_progress: generations.some(
      (generation) => generation.status === "PENDING" || generation.status === "GENERATING",
    ),
    history: generations.map((generation) => ({
      generation_id: generation.id,
      batch_id: generation.batchId,
      status: generation.status,
      image_url: generation.image ? imageFileUrl(generation.image.id) : null,
      prompt_used: generation.prompt,
      enhanced_prompt: generation.enhancedPrompt,
      error: generation.errorCode ? { code: generation.errorCode, message: generation.error ?? "" } : null,
      is_current: current?.generation_id === generation.id,
      created_at: generation.createdAt.toISOString(),
    })),
  };
}

/** Makes any finished generation of the character's portrait the current one (owner only). */
export async function selectPortrait(
  userId: string,
  characterId: string,
  generationId: string,
): Promise<PortraitStateResponse> {
  const row = await prisma.characterProfile.findFirst({
    where: { id: characterId, ownerId: userId },
    select: { portraitAssetId: true },
  });
  if (!row?.portraitAssetId) throw notFound("Character");
  const generation = await prisma.generation.findFirst({
    where: { id: generationId, assetId: row.portraitAssetId },
    select: { status: true },
  });
  if (!generation) throw notFound("Generation");
  if (generation.status !== "COMPLETED") throw new AppError("CONFLICT", "Only a finished portrait can be made current");
  await prisma.asset.update({ where: { id: row.portraitAssetId }, data: { favoriteGenerationId: generationId } });
  return getPortrait(userId, characterId);
}
