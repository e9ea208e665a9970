import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getFileStorage } from "@/lib/storage";
import { readableImages } from "@/lib/access/content";
import { streamStoredZip, type StreamedZipEntry } from "@/lib/zip/streaming-zip";
import { checkedZipSize } from "@/lib/http/zip-download-limit";

export const MAX_ZIP_IMAGES = 200;

/**
 * The chosen images the user may see, as one zip named by asset; unknown ids are skipped.
 * Only file sizes are read up front (for the byte cap, a 413 before anything is sent); the files
 * themselves are opened one at a time as the client reads the stream.
 */
export async function zipImages(
  userId: string,
  imageIds: string[],
): Promise<{ stream: ReadableStream<Uint8Array>; size: number }> {
  const images = await prisma.image.findMany({
    where: { AND: [{ id: { in: imageIds.slice(0, MAX_ZIP_IMAGES) } }, readableImages(userId)] },
    select: { id: true, path: true, format: true, createdAt: true, asset: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (images.length === 0) throw notFound("Images");
  const storage = getFileStorage();
  const used = new Set<string>();
  const entries: StreamedZipEntry[] = [];
  for (const image of images) {
    const stat = await storage.stat(image.path);
    if (!stat) continue;
    const base =
      (image.asset?.name ?? "image")
        .replace(/[^\p{L}\p{N} _-]+/gu, "")
        .trim()
        .slice(0, 80) || "image";
    const ext = image.format === "jpeg" ? "jpg" : image.format;
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name); n++) name = `${base} (${n}).${ext}`;
    used.add(name);
    entries.push({
      name,
      size: stat.size,
      modified: image.createdAt,
      open: async () => (await storage.openRead(image.path)).stream,
    });
  }
  const size = checkedZipSize(entries);
  return { stream: streamStoredZip(entries), size };
}
