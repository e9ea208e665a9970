import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { writableGenerations } from "@/lib/access/content";

/** A generation the user may change, with what its writers check (job, status, image); 404 otherwise. */
export async function findWritableGeneration(userId: string, generationId: string) {
  const row = await prisma.generation.findFirst({
    where: { id: generationId, ...writableGenerations(userId) },
    select: {
      id: true,
      assetId: true,
      ownerId: true,
      jobId: true,
      status: true,
      asset: { select: { campaignId: true } },
      image: { select: { id: true, path: true } },
    },
  });
  if (!row) throw notFound("Generation");
  return row;
}
