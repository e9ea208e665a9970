import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getFileStorage } from "@/lib/storage";
import { readableImages } from "@/lib/access/content";
import { buildStoredZip } from "@/lib/zip/stored-zip";

export const MAX_ZIP_IMAGES = 200;

/** The chosen images the user may see, as one zip named by asset; unknown ids are skipped. */
export async function zipImages(userId: string, imageIds: string[]): Promise<Buffer> {
  const images = await prisma.image.findMany({
    where: { AND: [{ id: { in: imageIds.slice(0, MAX_ZIP_IMAGES) } }, readableImages(userId)] },
    select: { id: true, path: true, format: true, createdAt: true, asset: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  if (images.length === 0) throw notFound("Images");
  const used = new Set<string>();
  const entries = [];
  for (const image of images) {
    const bytes = await getFileStorage().read(image.path).catch(() => null);
    if (!bytes) continue;
    const base = (image.asset?.name ?? "image").replace(/[^\p{L}\p{N} _-]+/gu, "").trim().slice(0, 80) || "image";
    let name = `${base}.${image.format === "jpeg" ? "jpg" : image.format}`;
    for (let n = 2; used.has(name); n++) name = `${base} (${n}).${image.format === "jpeg" ? "jpg" : image.format}`;
    used.add(name);
    entries.push({ name, data: bytes, modified: image.createdAt });
  }
  return buildStoredZip(entries);
}
