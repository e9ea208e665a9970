import "server-only";
import { characterInclude } from "@/lib/characters/view";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { decodeUploadedImage } from "@/lib/uploads/read-upload";
import { storeUploadedImage } from "@/lib/uploads/store-upload";
import { portraitAssetFor } from "./generate-portrait";
import { getPortrait } from "./portrait-history";
import type { PortraitStateResponse } from "@/lib/schemas/characters-response";

/** The caller's own character or 404: the upload route checks this before it reads the body. */
export async function findOwnCharacter(userId: string, characterId: string) {
  const row = await prisma.characterProfile.findFirst({
    where: { id: characterId, ownerId: userId },
    include: characterInclude,
  });
  if (!row) throw notFound("Character");
  return row;
}

type OwnCharacter = Awaited<ReturnType<typeof findOwnCharacter>>;

/**
 * A custom upload as the portrait. The current portrait is the asset's favorite *generation*, so an
 * upload gets a COMPLETED generation of its own (model "upload", no provider call was made; the
 * enum has no upload kind, so it is recorded as BUILTIN with parameters.source = "upload"). It
 * joins the history and becomes current at once.
 */
export async function uploadPortrait(userId: string, row: OwnCharacter, file: File): Promise<PortraitStateResponse> {
  const characterId = row.id;
  const { image } = await decodeUploadedImage(file); // decoded and checked before anything is written
  const assetId = await portraitAssetFor(userId, row);
  await storeUploadedImage(image, { ownerId: userId, assetId, campaignId: null }, async (tx, data) => {
    const now = new Date();
    const generation = await tx.generation.create({
      data: {
        ownerId: userId,
        assetId,
        providerKind: "BUILTIN",
        model: "upload",
        prompt: "Uploaded portrait",
        status: "COMPLETED",
        parameters: { source: "upload" },
        startedAt: now,
        completedAt: now,
      },
      select: { id: true },
    });
    await tx.image.create({ data: { ...data, generationId: generation.id } });
    await tx.asset.update({ where: { id: assetId }, data: { favoriteGenerationId: generation.id } });
  });
  return getPortrait(userId, characterId);
}
