// Image rows without files, for the storage-quota tests: the quota and its kept total count rows'
// bytes, so a row of the right size is all a test needs to bring a user to a given usage.
import { prisma } from "@/lib/db/client";

let counter = 0;

/** The columns of an Image row of `bytes` bytes whose file was never written. */
export const fileLessImageRow = (
  ownerId: string,
  bytes: number,
  links: { assetId?: string; campaignId?: string } = {},
  name = `image-${++counter}`,
) => ({
  ownerId,
  ...links,
  path: `generated/${ownerId}/${name}.png`,
  filename: `${name}.png`,
  mimeType: "image/png",
  bytes,
  width: 1,
  height: 1,
  format: "png",
  sha256: "0".repeat(64),
  source: "UPLOAD" as const,
});

/** Filler rows are named `filler-…`, so a test can tell them from the images it stored. */
export const FILLER_PREFIX = "filler-";

/** Brings the user's stored bytes up by `bytes` with one filler row. */
export async function fillStorage(ownerId: string, bytes: number): Promise<void> {
  await prisma.image.create({ data: fileLessImageRow(ownerId, bytes, {}, `${FILLER_PREFIX}${++counter}`) });
}
