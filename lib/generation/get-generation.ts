import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { imageFileUrl } from "@/lib/images/urls";
import type { GenerationStateResponse } from "@/lib/schemas/generations-response";

/** What a client polls: status, error, timings and, once completed, the image. */
export async function getGeneration(userId: string, generationId: string): Promise<GenerationStateResponse> {
  const generation = await prisma.generation.findFirst({
    where: { id: generationId, ownerId: userId },
    include: { image: { select: { id: true, width: true, height: true, mimeType: true, bytes: true } } },
  });
  if (!generation) throw notFound("Generation");
  const { image } = generation;
  return {
    id: generation.id,
    batchId: generation.batchId,
    assetId: generation.assetId,
    status: generation.status,
    provider: generation.providerKind,
    model: generation.model,
    prompt: generation.prompt,
    attempts: generation.attempts,
    error: generation.errorCode ? { code: generation.errorCode, message: generation.error ?? "" } : null,
    createdAt: generation.createdAt.toISOString(),
    startedAt: generation.startedAt?.toISOString() ?? null,
    completedAt: generation.completedAt?.toISOString() ?? null,
    durationMs:
      generation.startedAt && generation.completedAt
        ? generation.completedAt.getTime() - generation.startedAt.getTime()
        : null,
    image: image ? { ...image, url: imageFileUrl(image.id) } : null,
  };
}
