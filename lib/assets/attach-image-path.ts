import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { validationError } from "@/lib/http/errors";

/**
 * The asset requirement's `image_path` on PUT /generations/{id}: points the generation at a file
 * already stored. Only a file the caller owns that no other record uses may be named (a file of
 * another generation or asset would then be shared, and deleting one record would take the
 * other's picture); anything else is a 400 that says why, and changes nothing. A file of someone
 * else gets the same answer as a path that names nothing, so the route tells no one what exists.
 */
export async function imageForPath(userId: string, path: string, generation: { id: string; assetId: string }) {
  const image = await prisma.image.findFirst({
    where: { path, ownerId: userId },
    select: { id: true, generationId: true, assetId: true, campaignId: true },
  });
  if (!image)
    throw validationError(
      "image_path names no file of yours: upload it with POST /generations/{id}/upload, or give the image_path of a file you uploaded",
    );
  if (image.generationId && image.generationId !== generation.id)
    throw validationError("image_path names a file another generation uses");
  if (image.assetId && image.assetId !== generation.assetId)
    throw validationError("image_path names a file another asset uses");
  return image;
}

/** Inside the update's transaction: the generation's old file (if any) becomes a free image of its owner. */
export async function attachImage(
  tx: Prisma.TransactionClient,
  generation: { id: string; assetId: string; campaignId: string | null },
  imageId: string,
  previousImageId: string | null,
) {
  if (previousImageId && previousImageId !== imageId)
    await tx.image.update({ where: { id: previousImageId }, data: { generationId: null } });
  await tx.image.update({
    where: { id: imageId },
    data: { generationId: generation.id, assetId: generation.assetId, campaignId: generation.campaignId },
  });
}
