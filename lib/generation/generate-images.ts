import { prisma } from "@/lib/db/client";
import { AppError, type ErrorCode } from "@/lib/http/errors";
import { attemptBudgetMs } from "./config";
import { imageFileUrl } from "@/lib/images/urls";
import { requestGeneration } from "./request-generation";
import type { GenerationRequest } from "./types";
import { waitForBatch } from "./wait-for-batch";
import type { GeneratedImagesResponse, StartedGenerationResponse } from "@/lib/schemas/generations-response";

export type AcceptedGeneration = StartedGenerationResponse;

/** Failure codes (Generation.errorCode) that are our fault rather than the provider's. */
const OUR_FAULT = new Set(["SAVE_FAILED", "QUEUE_UNAVAILABLE", "INTERNAL"]);

/** Starts a batch and returns its ids at once (the caller polls GET /api/generations/:id). */
export async function startImageGeneration(request: GenerationRequest): Promise<AcceptedGeneration> {
  const batch = await requestGeneration(request);
  return { generations: batch.generations, batchId: batch.batchId };
}

/**
 * The image-generation API's contract: start a batch, wait for it to settle, answer with the saved images. A
 * batch that makes no image becomes the one error shape, with the generation ids in details so
 * the client can look closer; a batch still running at the deadline keeps running (504 + ids).
 */
export async function generateImagesAndWait(request: GenerationRequest): Promise<GeneratedImagesResponse> {
  const batch = await requestGeneration(request);
  const generationIds = batch.generations.map((generation) => generation.id);
  const details = { batchId: batch.batchId, generationIds };
  const readBatch = () =>
    prisma.generation.findMany({
      where: { batchId: batch.batchId, ownerId: request.userId },
      orderBy: { createdAt: "asc" },
      include: { image: { include: { typedTags: true } } },
    });
  const generations = await waitForBatch(batch.batchId, attemptBudgetMs(), readBatch);
  if (!generations) {
    throw new AppError("TIMEOUT", "The images were not ready in time; they are still being generated", { details });
  }
  const completed = generations.filter((generation) => generation.status === "COMPLETED" && generation.image);
  if (completed.length === 0) {
    const failed = generations.find((generation) => generation.status === "FAILED");
    throw failed
      ? batchFailure(failed.errorCode, failed.error, details)
      : new AppError("CONFLICT", "The generation was cancelled", { details });
  }
  return {
    data: completed.map(({ id: generationId, image }) => ({
      id: image!.id,
      generationId,
      filename: image!.filename,
      filepath: image!.path,
      url: imageFileUrl(image!.id),
      mimeType: image!.mimeType,
      size: image!.bytes,
      width: image!.width,
      height: image!.height,
      ...(image!.revisedPrompt ? { revisedPrompt: image!.revisedPrompt } : {}),
      tags: image!.typedTags.map(({ id, tagType, tagId }) => ({ id, tagType, tagId })),
    })),
    metadata: { prompt: request.prompt, provider: batch.provider, model: batch.model, count: completed.length },
  };
}

function batchFailure(errorCode: string | null, message: string | null, details: object): AppError {
  const code: ErrorCode =
    errorCode === "TIMEOUT" || errorCode === "STORAGE_QUOTA_EXCEEDED"
      ? errorCode
      : OUR_FAULT.has(errorCode ?? "")
        ? "INTERNAL"
        : "PROVIDER_ERROR";
  const text =
    code === "TIMEOUT"
      ? "The provider did not answer in time"
      : (message ?? "The provider failed to generate the image");
  return new AppError(code, text, { details: { ...details, reason: errorCode } });
}
