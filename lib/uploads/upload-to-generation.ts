import "server-only";
import type { findWritableGeneration } from "@/lib/assets/generations";
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
 */
export async function uploadToGeneration(
  generation: WritableGeneration,
  file: File,
): Promise<GenerationUploadResponse> {
  const generationId = generation.id;
  const { image } = await decodeUploadedImage(file);
  const previous = generation.image;
  const created = await storeUploadedImage(
    image,
    { ownerId: generation.ownerId, assetId: generation.assetId, campaignId: generation.asset.campaignId, generationId },
    async (tx, data) => {
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
