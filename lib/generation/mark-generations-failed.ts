import { prisma } from "@/lib/db/client";

/**
 * FAILED with a code and a message fit to show (never a key, never a stack). Fenced like the save:
 * only generations still GENERATING under the caller's attempt, so a cancel is never overwritten.
 */
export async function markGenerationsFailed(
  generations: Array<{ id: string; attempts: number }>,
  errorCode: string,
  message: string,
): Promise<void> {
  const completedAt = new Date();
  await Promise.all(
    generations.map((generation) =>
      prisma.generation.updateMany({
        where: { id: generation.id, status: "GENERATING", attempts: generation.attempts },
        data: { status: "FAILED", errorCode, error: message.slice(0, 500), completedAt },
      }),
    ),
  );
}
