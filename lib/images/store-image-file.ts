// Not `import "server-only"`: the generation worker (tsx) saves its images through this too.
import { createHash } from "node:crypto";
import type { NormalizedImage } from "./normalize-image";
import { releaseStorage, reserveStorage } from "./storage-quota";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";

/** The Image columns that describe the file itself; callers add owner, links and provenance. */
export type StoredImageFile = {
  path: string;
  filename: string;
  mimeType: string;
  bytes: number;
  width: number;
  height: number;
  format: string;
  sha256: string;
};

type FileName = {
  ownerId: string;
  /** Separates the images of one generation (or the versions of one map) in the filename. */
  index?: number;
  /** Hashed into the name with the bytes: identical bytes written for two records (a
   * deterministic engine, the same upload twice) must not share a file, or one record's cleanup
   * would delete the other's picture. */
  nameSalt?: string;
  /**
   * False for a picture derived from one the owner already stored (a map's player picture, made
   * when the DM reveals it or a player first reads it): it is counted in the owner's stored bytes
   * like any image, but never refused, or a DM with full storage could not show a map to the party.
   */
  enforceQuota?: boolean;
};

/**
 * Reserves the image's bytes in the owner's storage quota (StorageQuotaExceededError before
 * anything is written), writes the image (atomically: FileStorage.write renames a finished temp
 * file into place), then runs `persist` with its Image columns; the Image row's insert turns the
 * reservation into stored bytes in persist's own transaction. If the write or `persist` throws,
 * for a refused fence, a constraint or anything else, the file is removed and the reservation
 * given back before the error goes on: file, rows and quota never disagree. A crash in between
 * leaves a file without a row (the orphan sweep removes it) and a reservation that expires.
 */
export async function storeImageFile<T>(
  name: FileName,
  image: NormalizedImage,
  persist: (file: StoredImageFile) => Promise<T>,
): Promise<T> {
  const nameSeed = name.nameSalt === undefined ? image.bytes : Buffer.concat([image.bytes, Buffer.from(name.nameSalt)]);
  const filename = buildImageFilename(name.ownerId, name.index ?? 0, nameSeed, image.ext);
  const key = storageKeyFor(name.ownerId, filename);
  const reserved = name.enforceQuota === false ? false : await reserveStorage(name.ownerId, key, image.bytes.length);
  const storage = getFileStorage();
  const undo = async (fileWritten: boolean) => {
    // The original error is the one worth reporting.
    if (fileWritten) await storage.remove(key).catch(() => undefined);
    if (reserved) await releaseStorage(key).catch(() => undefined);
  };
  try {
    await storage.write(key, image.bytes);
  } catch (error) {
    await undo(false);
    throw error;
  }
  const file: StoredImageFile = {
    path: key,
    filename,
    mimeType: image.mimeType,
    bytes: image.bytes.length,
    width: image.width,
    height: image.height,
    format: image.format,
    sha256: createHash("sha256").update(image.bytes).digest("hex"),
  };
  try {
    return await persist(file);
  } catch (error) {
    await undo(true);
    throw error;
  }
}
