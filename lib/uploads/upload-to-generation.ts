import "server-only";
import { findWritableGeneration } from "@/lib/assets/generations";
import { normalFormat } from "@/lib/assets/view";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import { readUploadedImage } from "./read-upload";
import { storeUploadedImage } from "./store-upload";

/**
 * POST /generations/{id}/upload: the generation's file, made elsewhere. A previous file is
 * replaced (its row and file go), and the generation becomes COMPLETED.
 */
export async function uploadToGeneration(userId: string, generationId: string, request: Request) {
  const generation = await findWritableGeneration(userId, generationId);
  const { image } = await readUploadedImage(request);
  const previous = generation.image;
  const created = await storeUploadedImage(
    image,
    { ownerId: generation.ownerId, assetId: generation.assetId, campaignId: generation.asset.campaignId, generationId },
    async (tx, data) => {
      if (previous) await tx.image.delete({ where: { id: previous.id } });
      await tx.generation.update({ where: { id: generationId }, data: { status: "COMPLETED", completedAt: new Date() } });
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
