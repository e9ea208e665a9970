import "server-only";
import { prisma } from "@/lib/db/client";

/**
 * One favorite per asset: `Asset.favoriteGenerationId` is the truth (it picks the thumbnail), and
 * the images' `isFavorite` flags follow it so the gallery's favorites filter agrees.
 */
export async function setFavoriteGeneration(assetId: string, generationId: string, favorite: boolean): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (favorite) {
      await tx.asset.update({ where: { id: assetId }, data: { favoriteGenerationId: generationId } });
      await tx.image.updateMany({
        where: { assetId, generationId: { not: null, notIn: [generationId] }, isFavorite: true },
        data: { isFavorite: false },
      });
      await tx.image.updateMany({ where: { generationId }, data: { isFavorite: true } });
    } else {
      await tx.asset.updateMany({
        where: { id: assetId, favoriteGenerationId: generationId },
        data: { favoriteGenerationId: null },
      });
      await tx.image.updateMany({ where: { generationId }, data: { isFavorite: false } });
    }
  });
}
