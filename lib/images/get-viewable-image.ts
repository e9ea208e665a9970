import "server-only";
import { prisma } from "@/lib/db/client";
import { readableImagesSql } from "@/lib/access/content";
import { notFound, unauthenticated } from "@/lib/http/errors";
import {
  derivativeFormat,
  derivativeMime,
  derivativeVariant,
  effectiveDerivativeOptions,
  openDerivative,
  type DerivativeOptions,
} from "./derivatives";
import { getFileStorage, InvalidStorageKeyError, StoredFileNotFoundError, type OpenedFile } from "@/lib/storage";
import { recallVisibleImage, rememberVisibleImage, visibilityEpoch, type VisibleImageRow } from "./visibility-cache";

/** Rendering options a viewer may ask for: resizing and conversion, which also vary the ETag. */
export type ImageViewOptions = DerivativeOptions;

export type ViewableImage = {
  id: string;
  mimeType: string;
  /** Hex sha256 of the stored bytes; an image id never gets different bytes, so it is a strong validator. */
  sha256: string;
  /** Names the rendering (resize/convert) when options were given; empty for the stored bytes. */
  variant: string;
  /** Opens the stored file (local disk or bucket). Throws a NOT_FOUND AppError when the record's file is gone. */
  open(): Promise<OpenedFile>;
};

/**
 * An image the user may see (lib/access readableImages: their own, anything in a campaign they
 * run, what is revealed in a campaign they play in except the DM's version of a picture, the
 * portrait of a character in a campaign they belong to). Anything else, including
 * an id that does not exist, is the same 404, so the answer never tells whether someone else's
 * image exists. A yes is remembered per process until anything that could revoke it changes
 * (visibility-cache.ts).
 */
export async function getViewableImage(
  userId: string,
  imageId: string,
  options: ImageViewOptions = {},
): Promise<ViewableImage> {
  const image = recallVisibleImage(userId, imageId) ?? (await queryVisibleImage(userId, imageId));
  const derivative = effectiveDerivativeOptions(options, image.format);
  if (derivative) {
    return {
      id: image.id,
      mimeType: derivativeMime(derivativeFormat(derivative, image.format)),
      sha256: image.sha256,
      variant: derivativeVariant(derivative, image.format),
      open: () =>
        openStoredImage(image.id, image.path, () => openDerivative(image.id, image.path, image.format, derivative)),
    };
  }
  return {
    id: image.id,
    mimeType: image.mimeType,
    sha256: image.sha256,
    variant: "",
    open: () => openStoredImage(image.id, image.path),
  };
}

async function queryVisibleImage(userId: string, imageId: string): Promise<VisibleImageRow> {
  const epoch = visibilityEpoch();
  // One statement, one round trip: whether the user still exists (the image route skips the
  // boundary's separate user lookup: it uses `auth: "session-id"`) and the image row if the image rule of
  // lib/access lets this user see it.
  const [row] = await prisma.$queryRaw<
    { user_found: boolean; id: string | null; path: string; mimeType: string; sha256: string; format: string }[]
  >`
    SELECT EXISTS (SELECT 1 FROM "User" u WHERE u.id = ${userId}::uuid) AS user_found,
           i.id, i.path, i."mimeType", i.sha256, i.format
    FROM (SELECT 1) one LEFT JOIN "Image" i
      ON i.id = ${imageId}::uuid AND ${readableImagesSql(userId, "i")}`;
  if (!row?.user_found) throw unauthenticated();
  const image = row.id ? { ...row, id: row.id } : null;
  if (!image) throw notFound("Image");
  const visible = {
    id: image.id,
    path: image.path,
    mimeType: image.mimeType,
    sha256: image.sha256,
    format: image.format,
  };
  rememberVisibleImage(userId, visible, epoch);
  return visible;
}

async function openStoredImage(
  imageId: string,
  storageKey: string,
  render?: () => Promise<OpenedFile>,
): Promise<OpenedFile> {
  try {
    return await (render ? render() : getFileStorage().openRead(storageKey));
  } catch (error) {
    if (!(error instanceof StoredFileNotFoundError || error instanceof InvalidStorageKeyError)) throw error;
    // The record outlived its file (or never had a valid one): an operator should know. Only the id
    // is logged; the path would reveal the storage layout and adds nothing the id cannot find.
    console.warn(`[images] stored file missing for image ${imageId} (${error.name})`);
    throw notFound("Image");
  }
}
