import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NormalizedImage } from "@/lib/generation/normalize-image";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";

type ImageLinks = { ownerId: string; assetId: string; campaignId: string | null; generationId?: string; tags?: string[] };

/**
 * Writes the file atomically, then runs `records` in a transaction that creates its Image row;
 * when the transaction fails the file is removed, so a file never outlives a failed upload.
 */
export async function storeUploadedImage<T>(
  image: NormalizedImage,
  links: ImageLinks,
  records: (tx: Prisma.TransactionClient, imageData: Prisma.ImageUncheckedCreateInput) => Promise<T>,
): Promise<T> {
  // A random component in the name's hash: the same bytes uploaded twice are two files.
  const filename = buildImageFilename(links.ownerId, 0, Buffer.concat([image.bytes, Buffer.from(randomUUID())]), image.ext);
  const key = storageKeyFor(links.ownerId, filename);
  const storage = getFileStorage();
  await storage.write(key, image.bytes);
  const imageData: Prisma.ImageUncheckedCreateInput = {
    ownerId: links.ownerId,
    assetId: links.assetId,
    campaignId: links.campaignId,
    generationId: links.generationId,
    path: key,
    filename,
    mimeType: image.mimeType,
    bytes: image.bytes.length,
    width: image.width,
    height: image.height,
    format: image.format,
    sha256: createHash("sha256").update(image.bytes).digest("hex"),
    source: "UPLOAD",
    tags: links.tags ?? [],
  };
  try {
    return await prisma.$transaction((tx) => records(tx, imageData));
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}
