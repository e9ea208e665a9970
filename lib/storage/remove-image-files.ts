import "server-only";
import { derivativePrefix, getFileStorage } from ".";

export type StoredImageRef = { id: string; path: string };

/**
 * Removes the files of images whose rows are already deleted: the original and its cached
 * derivatives. Called after the transaction commits, so a failed delete never loses a file that a
 * row still points at; a file that cannot be removed is only logged (the sweep finds it later).
 */
export async function removeImageFiles(images: StoredImageRef[]): Promise<void> {
  const storage = getFileStorage();
  await Promise.all(
    images.map(async (image) => {
      try {
        await storage.remove(image.path);
        await storage.removeAll(derivativePrefix(image.id));
      } catch (error) {
        console.warn(
          `[storage] could not remove files of image ${image.id}: ${error instanceof Error ? error.name : "error"}`,
        );
      }
    }),
  );
}
