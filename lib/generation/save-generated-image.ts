import { createHash } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";
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
 * Writes the file (atomically), then in one transaction marks the generation COMPLETED and creates
 * its Image with typed tags. The status update is fenced on GENERATING and this worker's attempt
 * number, so a cancel or a recovery that got there first wins; when the transaction does not
 * commit, for that or any reason, the file is removed: file and rows never disagree.
 */
export async function saveGeneratedImage(generation: ClaimedGeneration, image: NormalizedImage, revisedPrompt?: string): Promise<{ imageId: string }> {
  const { ownerId, parameters } = generation;
  // The name's hash covers the generation and attempt as well as the bytes: a deterministic engine
  // can return identical bytes for two generations in the same millisecond, and a shared name
  // would let one's cleanup delete the other's file.
  const nameSeed = Buffer.concat([image.bytes, Buffer.from(`${generation.id}:${generation.attempts}`)]);
  const filename = buildImageFilename(ownerId, parameters.index, nameSeed, image.ext);
  const key = storageKeyFor(ownerId, filename);
  const storage = getFileStorage();
  await storage.write(key, image.bytes);
  try {
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
              ownerId,
              assetId: generation.assetId,
              campaignId: parameters.campaignId,
              path: key,
              filename,
              mimeType: image.mimeType,
              bytes: image.bytes.length,
              width: image.width,
              height: image.height,
              format: image.format,
              sha256: createHash("sha256").update(image.bytes).digest("hex"),
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
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}

function uniqueTags(tags: GenerationTag[]): GenerationTag[] {
  const seen = new Map(tags.map((tag) => [`${tag.tagType}:${tag.tagId}`, tag]));
  return [...seen.values()].map(({ tagType, tagId }) => ({ tagType, tagId }));
}
