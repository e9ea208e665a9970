import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getFileStorage, InvalidStorageKeyError, StoredFileNotFoundError, type OpenedFile } from "@/lib/storage";

/**
 * Rendering options a viewer may ask for. Reserved: resizing and format conversion (`width`,
 * `height`, `format`, `quality`) will be added here and will then also vary the ETag.
 */
export type ImageViewOptions = Record<string, never>;

export type ViewableImage = {
  id: string;
  mimeType: string;
  /** Hex sha256 of the stored bytes; an image id never gets different bytes, so it is a strong validator. */
  sha256: string;
  /** Opens the stored file. Throws a NOT_FOUND AppError when the record's file is gone from disk. */
  open(): Promise<OpenedFile>;
};

/**
 * An image the user may see: their own, or one attached to a campaign they belong to (as a member,
 * or as its owner). Anything else, including an id that does not exist, is the same 404, so the
 * answer never tells whether someone else's image exists.
 */
export async function getViewableImage(userId: string, imageId: string, options: ImageViewOptions = {}): Promise<ViewableImage> {
  void options;
  const image = await prisma.image.findFirst({
    where: {
      id: imageId,
      OR: [{ ownerId: userId }, { campaign: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } }],
    },
    select: { id: true, path: true, mimeType: true, sha256: true },
  });
  if (!image) throw notFound("Image");
  return {
    id: image.id,
    mimeType: image.mimeType,
    sha256: image.sha256,
    open: () => openStoredImage(image.id, image.path),
  };
}

async function openStoredImage(imageId: string, storageKey: string): Promise<OpenedFile> {
  try {
    return await getFileStorage().openRead(storageKey);
  } catch (error) {
    if (!(error instanceof StoredFileNotFoundError || error instanceof InvalidStorageKeyError)) throw error;
    // The record outlived its file (or never had a valid one): an operator should know. Only the id
    // is logged; the path would reveal the storage layout and adds nothing the id cannot find.
    console.warn(`[images] stored file missing for image ${imageId} (${error.name})`);
    throw notFound("Image");
  }
}
