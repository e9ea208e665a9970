import "server-only";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db/client";
import { isId } from "@/lib/http/id";
import { getFileStorage, isValidStorageKey, storageRoot } from ".";

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
 * Safe to run at any time and from any process; local disk only, like the storage it sweeps.
 */
export async function sweepOrphanFiles(now = Date.now()): Promise<SweepResult> {
  const root = storageRoot();
  const result: SweepResult = { scanned: 0, removedFiles: [], removedDerivativeFolders: [] };
  const candidates: string[] = [];
  for (const folder of await list(root)) {
    if (folder === "derived") continue;
    for (const name of await list(path.join(root, folder))) {
      const key = `${folder}/${name}`;
      if (!isValidStorageKey(key)) continue; // temp files (.name.tmp) and anything foreign
      result.scanned++;
      const info = await stat(path.join(root, folder, name)).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > ORPHAN_GRACE_MS) candidates.push(key);
    }
  }
  for (let start = 0; start < candidates.length; start += BATCH) {
    const batch = candidates.slice(start, start + BATCH);
    const known = new Set(
      (await prisma.image.findMany({ where: { path: { in: batch } }, select: { path: true } })).map((row) => row.path),
    );
    for (const key of batch.filter((candidate) => !known.has(candidate))) {
      await getFileStorage().remove(key);
      result.removedFiles.push(key);
    }
  }
  const derivedFolders = (await list(path.join(root, "derived"))).filter(isId);
  for (let start = 0; start < derivedFolders.length; start += BATCH) {
    const batch = derivedFolders.slice(start, start + BATCH);
    const known = new Set(
      (await prisma.image.findMany({ where: { id: { in: batch } }, select: { id: true } })).map((row) => row.id),
    );
    for (const id of batch.filter((candidate) => !known.has(candidate))) {
      await rm(path.join(root, "derived", id), { recursive: true, force: true });
      result.removedDerivativeFolders.push(id);
    }
  }
  return result;
}

async function list(folder: string): Promise<string[]> {
  return readdir(folder).catch(() => []);
}
