import { prisma } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/http/errors";
import { notifyBatchChanged } from "./batch-events";
import { abortInProcess } from "./in-flight";
import type { GenerationSummary } from "./types";

/**
 * PENDING or GENERATING → CANCELLED. A pending one never runs (the worker only claims PENDING
 * rows); a running one has its provider call aborted if it runs in this process, and a worker
 * elsewhere is told through the batch notification. Either way its save is fenced on GENERATING,
 * so a result that arrives after the cancel is dropped and its file removed.
 */
export async function cancelGeneration(userId: string, generationId: string): Promise<GenerationSummary> {
  const generation = await prisma.generation.findFirst({
    where: { id: generationId, ownerId: userId },
    select: { id: true, status: true, batchId: true },
  });
  if (!generation) throw notFound("Generation");
  if (generation.status === "CANCELLED") return { id: generation.id, status: generation.status };

  const { count } = await prisma.generation.updateMany({
    where: { id: generation.id, status: { in: ["PENDING", "GENERATING"] } },
    data: { status: "CANCELLED", completedAt: new Date(), errorCode: "CANCELLED", error: "Cancelled by the user" },
  });
  if (count === 0) {
    const current = await prisma.generation.findUniqueOrThrow({
      where: { id: generation.id },
      select: { status: true },
    });
    if (current.status === "CANCELLED") return { id: generation.id, status: current.status };
    throw conflict(`The generation has already ${current.status === "COMPLETED" ? "completed" : "failed"}`);
  }
  abortInProcess(generation.id);
  if (generation.batchId) await notifyBatchChanged(generation.batchId);
  return { id: generation.id, status: "CANCELLED" };
}
