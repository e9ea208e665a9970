import { createHash, randomUUID } from "node:crypto";
import sharp from "sharp";
import { prisma } from "@/lib/db/client";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";

/**
 * The least any pipeline must do with one provider image: decode and re-encode it with sharp,
 * write the file, insert one row. No queue, no validation beyond the decode, no status updates.
 */
export async function floorOnce(userId: string, assetId: string, png: Buffer): Promise<void> {
  const { data, info } = await sharp(png).png().toBuffer({ resolveWithObject: true });
  const filename = buildImageFilename(userId, 0, data, "png");
  const key = storageKeyFor(userId, filename);
  await getFileStorage().write(key, data);
  await prisma.image.create({
    data: {
      ownerId: userId,
      assetId,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: data.length,
      width: info.width,
      height: info.height,
      format: "png",
      sha256: createHash("sha256").update(data).digest("hex"),
      source: "GENERATED",
      generationPrompt: `floor ${randomUUID()}`,
    },
  });
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
