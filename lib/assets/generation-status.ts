import "server-only";
import type { GenerationStatus, Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/http/errors";

/** The asset API's lower-case status word as the database's enum. */
export const toStatus = (status: string) => status.toUpperCase() as GenerationStatus;

const IN_THE_PIPELINE: GenerationStatus[] = ["PENDING", "GENERATING"];

/** Queued for or running in a worker: a file or a status from anyone else would race the worker. */
export function isInThePipeline(generation: { jobId: string | null; status: GenerationStatus }): boolean {
  return generation.jobId !== null && IN_THE_PIPELINE.includes(generation.status);
}

/**
 * The same rule re-checked inside the writing transaction, with the row locked: a worker's claim
 * (PENDING → GENERATING) waits for the lock or has happened already, so the check cannot go stale
 * before the commit.
 */
export async function lockOutsideThePipeline(tx: Prisma.TransactionClient, generationId: string): Promise<void> {
  const [row] = await tx.$queryRaw<{ jobId: string | null; status: GenerationStatus }[]>`
    SELECT "jobId", status::text AS status FROM "Generation" WHERE id = ${generationId}::uuid FOR UPDATE`;
  if (!row) throw notFound("Generation");
  if (isInThePipeline(row)) throw pipelineConflict();
}

export const pipelineConflict = () =>
  new AppError(
    "CONFLICT",
    "This generation is still being made by the generation pipeline, which sets its image and status. Wait for it to finish, or cancel it.",
  );
