import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedImage } from "@/lib/images/normalize-image";
import { storeImageFile } from "@/lib/images/store-image-file";

type ImageLinks = {
  ownerId: string;
  assetId: string;
  campaignId: string | null;
  generationId?: string;
  tags?: string[];
};

/**
 * Stores the file, then runs `records` in a transaction that creates its Image row; when the
 * transaction fails storeImageFile removes the file, so a file never outlives a failed upload.
 */
export async function storeUploadedImage<T>(
  image: NormalizedImage,
  links: ImageLinks,
  records: (tx: Prisma.TransactionClient, imageData: Prisma.ImageUncheckedCreateInput) => Promise<T>,
): Promise<T> {
  // A random salt: the same bytes uploaded twice are two files.
  return storeImageFile({ ownerId: links.ownerId, nameSalt: randomUUID() }, image, (file) => {
    const imageData: Prisma.ImageUncheckedCreateInput = {
      ...file,
      ownerId: links.ownerId,
      assetId: links.assetId,
      campaignId: links.campaignId,
      generationId: links.generationId,
      source: "UPLOAD",
      tags: links.tags ?? [],
    };
    return prisma.$transaction((tx) => records(tx, imageData));
  });
}
