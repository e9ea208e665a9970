import "server-only";
import { prisma } from "@/lib/db/client";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import { findWritableGeneration } from "./find-writable-generation";

/** DELETE /generations/{id}: the generation, its image row, then its file. */
export async function deleteGeneration(userId: string, generationId: string): Promise<void> {
  const generation = await findWritableGeneration(userId, generationId);
  await prisma.$transaction(async (tx) => {
    if (generation.image) await tx.image.delete({ where: { id: generation.image.id } });
    await tx.generation.delete({ where: { id: generationId } });
  });
  if (generation.image) await removeImageFiles([generation.image]);
}
