import "server-only";
import type { findWritableGeneration } from "@/lib/assets/find-writable-generation";
import { pipelineConflict } from "@/lib/assets/generation-status";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/http/errors";
import { normalFormat } from "@/lib/assets/view";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import { decodeUploadedImage } from "./read-upload";
import { storeUploadedImage } from "./store-upload";
import type { GenerationUploadResponse } from "@/lib/schemas/assets-response";

type WritableGeneration = Awaited<ReturnType<typeof findWritableGeneration>>;

/**
 * POST /generations/{id}/upload: the generation's file, made elsewhere. A previous file is
 * replaced (its row and file go), and the generation becomes COMPLETED. The route has checked
 * that the caller may write the generation before it read the body.
 *
 * Only the pipeline settles a generation it runs (it has a job): while queued or running, a file
 * from a writer would complete it under the worker, and a failed or cancelled one would become
 * "completed" without the pipeline. So a pipeline generation takes a file only once COMPLETED
 * (replacing its image); anything else is a 409 before the file is decoded or stored, re-checked
 * with the row locked in the transaction that stores it.
 */
export async function uploadToGeneration(
  generation: WritableGeneration,
  file: File,
): Promise<GenerationUploadResponse> {
  const generationId = generation.id;
  assertUploadable(generation);
  const { image } = await decodeUploadedImage(file);
  const previous = generation.image;
  const created = await storeUploadedImage(
    image,
    { ownerId: generation.ownerId, assetId: generation.assetId, campaignId: generation.asset.campaignId, generationId },
    async (tx, data) => {
      await lockUploadable(tx, generationId);
      if (previous) await tx.image.delete({ where: { id: previous.id } });
      await tx.generation.update({
        where: { id: generationId },
        data: { status: "COMPLETED", completedAt: new Date() },
      });
      return tx.image.create({ data, select: { id: true, path: true } });
    },
  );
  if (previous) await removeImageFiles([previous]);
  return {
    image_path: created.path,
    image_url: `/api/v1/files/images/${created.id}`,
    image_id: created.id,
    file_size: image.bytes.length,
    dimensions: { width: image.width, height: image.height },
    format: normalFormat(image.format),
  };
}

type PipelineState = { jobId: string | null; status: string };

function assertUploadable(generation: PipelineState): void {
  if (generation.jobId === null || generation.status === "COMPLETED") return;
  if (generation.status === "PENDING" || generation.status === "GENERATING") throw pipelineConflict();
  throw new AppError(
    "CONFLICT",
    `This generation was run by the generation pipeline and is ${generation.status.toLowerCase()}; only the pipeline sets its status. Start a new generation instead.`,
  );
}

async function lockUploadable(tx: Prisma.TransactionClient, generationId: string): Promise<void> {
  const [row] = await tx.$queryRaw<PipelineState[]>`
    SELECT "jobId", status::text AS status FROM "Generation" WHERE id = ${generationId}::uuid FOR UPDATE`;
  if (!row) throw notFound("Generation");
  assertUploadable(row);
}
