import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";
import type { GenerationUpdate } from "@/lib/schemas/gallery";
import { setFavoriteGeneration } from "./favorite-generation";
import { attachImage, imageForPath } from "./attach-image-path";
import { findWritableGeneration } from "./find-writable-generation";
import { getGenerationView } from "./get-generation-view";
import { isInThePipeline, lockOutsideThePipeline, pipelineConflict, toStatus } from "./generation-status";
import type { GenerationView } from "@/lib/schemas/assets-response";

/**
 * PUT /generations/{id}: status, favorite flag, metadata. Files only arrive through /upload.
 * The status only of a generation recorded through this API: one the pipeline runs (it has a job)
 * changes status only in the pipeline. Otherwise anyone who may write it (a campaign's DM, for a
 * player's generation) could set it back to pending and have the worker spend the owner's key again,
 * or mark a running one completed under the worker.
 */
export async function updateGeneration(
  userId: string,
  generationId: string,
  input: GenerationUpdate,
): Promise<GenerationView> {
  const generation = await findWritableGeneration(userId, generationId);
  if (input.status !== undefined && generation.jobId !== null) {
    throw new AppError(
      "CONFLICT",
      "This generation is run by the generation pipeline, so its status cannot be set. Cancel it or start a new one instead.",
    );
  }
  // Checked before any write, so a refused image_path leaves the status and metadata as they were.
  const attaching = input.image_path !== undefined && input.image_path !== generation.image?.path;
  if (attaching && isInThePipeline(generation)) throw pipelineConflict();
  const newImage = attaching ? await imageForPath(userId, input.image_path!, generation) : null;
  await prisma.$transaction(async (tx) => {
    if (newImage) await lockOutsideThePipeline(tx, generationId);
    if (newImage)
      await attachImage(
        tx,
        { id: generationId, assetId: generation.assetId, campaignId: generation.asset.campaignId },
        newImage.id,
        generation.image?.id ?? null,
      );
    await tx.generation.update({
      where: { id: generationId },
      data: {
        status: input.status ? toStatus(input.status) : undefined,
        completedAt: input.status === "completed" ? new Date() : undefined,
        metadata: input.metadata as Prisma.InputJsonObject | undefined,
      },
    });
  });
  if (input.is_favorite !== undefined) await setFavoriteGeneration(generation.assetId, generationId, input.is_favorite);
  return getGenerationView(userId, generationId);
}
