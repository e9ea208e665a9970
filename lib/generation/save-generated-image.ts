import { prisma } from "@/lib/db/client";
import { storeImageFile } from "@/lib/images/store-image-file";
import type { NormalizedImage } from "./normalize-image";
import type { GenerationParameters, GenerationTag } from "./types";

/** The generation was cancelled or taken over while its image was made: its result is dropped. */
export class GenerationDiscardedError extends Error {
  constructor() {
    super("The generation is no longer running here");
    this.name = "GenerationDiscardedError";
  }
}

export type ClaimedGeneration = { id: string; ownerId: string; assetId: string; attempts: number; parameters: GenerationParameters };

/**
 * Stores the file, then in one transaction marks the generation COMPLETED and creates its Image
 * with typed tags. The status update is fenced on GENERATING and this worker's attempt number, so
 * a cancel or a recovery that got there first wins; when the transaction does not commit, for that
 * or any reason, storeImageFile removes the file: file and rows never disagree.
 */
export async function saveGeneratedImage(generation: ClaimedGeneration, image: NormalizedImage, revisedPrompt?: string): Promise<{ imageId: string }> {
  const { ownerId, parameters } = generation;
  // The salt: a deterministic engine can return identical bytes for two generations in the same
  // millisecond, so the generation and attempt go into the name too.
  const name = { ownerId, index: parameters.index, nameSalt: `${generation.id}:${generation.attempts}` };
  return storeImageFile(name, image, async (file) => {
    // One nested write (Prisma runs it as one transaction): the fenced update and the image.
    const saved = await prisma.generation
      .update({
        where: { id: generation.id, status: "GENERATING", attempts: generation.attempts },
        data: {
          status: "COMPLETED",
          completedAt: new Date(),
          errorCode: null,
          error: null,
          image: {
            create: {
              ...file,
              ownerId,
              assetId: generation.assetId,
              campaignId: parameters.campaignId,
              source: "GENERATED",
              generationPrompt: parameters.prompt,
              generationModel: parameters.model,
              revisedPrompt: revisedPrompt ?? null,
              typedTags: { create: uniqueTags(parameters.tags) },
            },
          },
        },
        select: { image: { select: { id: true } } },
      })
      .catch((error: unknown) => {
        // P2025: no row matched the fence (cancelled, failed or taken over meanwhile).
        throw (error as { code?: string }).code === "P2025" ? new GenerationDiscardedError() : error;
      });
    return { imageId: saved.image!.id };
  });
}

function uniqueTags(tags: GenerationTag[]): GenerationTag[] {
  const seen = new Map(tags.map((tag) => [`${tag.tagType}:${tag.tagId}`, tag]));
  return [...seen.values()].map(({ tagType, tagId }) => ({ tagType, tagId }));
}
