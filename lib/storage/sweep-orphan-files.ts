import "server-only";
import { prisma } from "@/lib/db/client";
import { isId } from "@/lib/http/id";
import { DERIVED_FOLDER, derivativePrefix, getFileStorage, type FileStorage } from ".";

/**
 * Files are written before their rows commit (atomic file, then transaction), so a young file
 * without a row may be mid-save: only files older than this are treated as orphans.
 */
export const ORPHAN_GRACE_MS = 15 * 60 * 1000;
const BATCH = 500;

export type SweepResult = { scanned: number; removedFiles: string[]; removedDerivativeFolders: string[] };

/**
 * Removes stored files no Image row points at (left by a crash between write and commit, or a
 * delete whose file removal failed), and cached derivative folders of images that are gone.
 * Walks the whole storage through FileStorage.list, so it covers a bucket shared by every node
 * as well as a local folder; rows are looked up BATCH keys at a time, so memory stays bounded.
 * Safe to run at any time; the schedule (orphan-sweep-job.ts) runs one at a time all the same.
 */
export async function sweepOrphanFiles(now = Date.now()): Promise<SweepResult> {
  const storage = getFileStorage();
  const result: SweepResult = { scanned: 0, removedFiles: [], removedDerivativeFolders: [] };
  let candidates: string[] = [];
  let derivedIds = new Set<string>();
  for await (const entry of storage.list("")) {
    const [folder, name, ...deeper] = entry.key.split("/");
    if (folder === DERIVED_FOLDER) {
      if (isId(name)) derivedIds.add(name);
      if (derivedIds.size >= BATCH) {
        await removeDerivativesOfGoneImages(storage, derivedIds, result);
        derivedIds = new Set();
      }
      continue;
    }
    // Originals live at `<userId>/<filename>`; anything deeper is not an image file.
    if (deeper.length > 0) continue;
    result.scanned++;
    if (now - entry.modifiedAt.getTime() <= ORPHAN_GRACE_MS) continue;
    candidates.push(entry.key);
    if (candidates.length >= BATCH) {
      await removeFilesWithoutRows(storage, candidates, result);
      candidates = [];
    }
  }
  await removeFilesWithoutRows(storage, candidates, result);
  await removeDerivativesOfGoneImages(storage, derivedIds, result);
  return result;
}

async function removeFilesWithoutRows(storage: FileStorage, keys: string[], result: SweepResult): Promise<void> {
  if (keys.length === 0) return;
  const known = new Set(
    (await prisma.image.findMany({ where: { path: { in: keys } }, select: { path: true } })).map((row) => row.path),
  );
  for (const key of keys.filter((candidate) => !known.has(candidate))) {
    await storage.remove(key);
    result.removedFiles.push(key);
  }
}

async function removeDerivativesOfGoneImages(
  storage: FileStorage,
  ids: Set<string>,
  result: SweepResult,
): Promise<void> {
  // A listing split between two batches can name one folder twice; it is removed once.
  const fresh = [...ids].filter((id) => !result.removedDerivativeFolders.includes(id));
  if (fresh.length === 0) return;
  const known = new Set(
    (await prisma.image.findMany({ where: { id: { in: fresh } }, select: { id: true } })).map((row) => row.id),
  );
  for (const id of fresh.filter((candidate) => !known.has(candidate))) {
    await storage.removeAll(derivativePrefix(id));
    result.removedDerivativeFolders.push(id);
  }
}
