// Not `import "server-only"`: that throws outside React Server, and the generation worker (tsx)
// needs this module too. Nothing here may be imported by client components all the same.
import { randomBytes } from "node:crypto";
import { mkdir, open, opendir, readFile, rename, rm, stat, writeFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import {
  openedFromBytes,
  StoredFileNotFoundError,
  type FileContent,
  type FileStorage,
  type OpenedFile,
  type StoredFileEntry,
  type StoredFileStat,
} from "./file-storage";
import { assertValidStorageKey, assertValidStorageKeyPrefix, InvalidStorageKeyError, isValidStorageKey } from "./keys";

const READ_CHUNK_BYTES = 64 * 1024;
const MISSING_FILE_CODES = new Set(["ENOENT", "ENOTDIR", "EISDIR"]);

/** FileStorage on the local file system, every key resolved strictly below one root folder. */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The file's place on disk; private to this driver, callers speak in keys. */
  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const resolved = path.resolve(this.root, ...key.split("/"));
    // The key grammar already rules out escapes; this second check keeps it true if the grammar changes.
    if (!resolved.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError();
    return resolved;
  }

  async write(key: string, content: FileContent): Promise<StoredFileStat> {
    const target = this.pathOf(key);
    const directory = path.dirname(target);
    await mkdir(directory, { recursive: true });
    // Same directory as the target, so the rename stays on one file system and is atomic. The
    // leading dot means no valid key can ever name a temp file.
    const temp = path.join(directory, `.${path.basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
    let handle: FileHandle | undefined;
    let written: StoredFileStat;
    try {
      handle = await open(temp, "wx", 0o644);
      await writeFile(handle, content);
      // Flush the data before the rename publishes it: after a crash, a renamed-but-empty file
      // would be worse than no file.
      await handle.sync();
      written = toStat(await handle.stat());
      await handle.close();
      handle = undefined;
      await rename(temp, target);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await rm(temp, { force: true });
      throw error;
    }
    await syncDirectory(directory);
    return written;
  }

  async read(key: string): Promise<Buffer> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      throw asNotFound(error);
    }
  }

  async openRead(key: string): Promise<OpenedFile> {
    let handle: FileHandle;
    try {
      handle = await open(this.pathOf(key), "r");
    } catch (error) {
      throw asNotFound(error);
    }
    try {
      // Size from the open handle, not a separate stat: the file cannot change between the two.
      const info = await handle.stat();
      if (!info.isFile()) throw new StoredFileNotFoundError();
      if (info.size <= SMALL_FILE_BYTES) {
        // Thumbnails and other small files: one read and close, then sent from memory. A web
        // stream per 64 KB chunk costs more than the bytes themselves at this size.
        const bytes = await handle.readFile();
        await handle.close();
        return openedFromBytes(bytes);
      }
      return { size: info.size, stream: streamFromHandle(handle) };
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error;
    }
  }

  async stat(key: string): Promise<StoredFileStat | null> {
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? toStat(info) : null;
    } catch (error) {
      if (isMissingFileError(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(prefix: string): AsyncIterable<StoredFileEntry> {
    assertValidStorageKeyPrefix(prefix);
    yield* this.walk(prefix);
  }

  async removeAll(prefix: string): Promise<void> {
    assertValidStorageKeyPrefix(prefix);
    if (!prefix) throw new InvalidStorageKeyError(); // never the whole root
    await rm(path.join(this.root, ...prefix.split("/").filter(Boolean)), { recursive: true, force: true });
  }

  /** Depth first, one directory open at a time, so a large tree is never held in memory at once. */
  private async *walk(folderKey: string): AsyncIterable<StoredFileEntry> {
    const directory = await opendir(path.join(this.root, ...folderKey.split("/").filter(Boolean))).catch(
      (error: unknown) => {
        if (isMissingFileError(error)) return undefined;
        throw error;
      },
    );
    if (!directory) return;
    for await (const entry of directory) {
      const key = `${folderKey}${entry.name}`;
      if (entry.isDirectory()) {
        yield* this.walk(`${key}/`);
        continue;
      }
      // Temp files of writes in progress (`.name.tmp`) and anything foreign fail the key grammar.
      if (!entry.isFile() || !isValidStorageKey(key)) continue;
      const info = await stat(path.join(directory.path, entry.name)).catch(() => null);
      if (info?.isFile()) yield { key, ...toStat(info) };
    }
  }
}

function toStat(info: { size: number; mtime: Date }): StoredFileStat {
  return { size: info.size, modifiedAt: info.mtime };
}

function isMissingFileError(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && MISSING_FILE_CODES.has(String((error as NodeJS.ErrnoException).code))
  );
}

function asNotFound(error: unknown): unknown {
  return isMissingFileError(error) ? new StoredFileNotFoundError() : error;
}

/** Makes the rename itself durable. Best effort: some platforms cannot open a directory. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r").catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}

/** Files up to this size are read whole by openRead (see OpenedFile.bytes). */
const SMALL_FILE_BYTES = 256 * 1024;

/** A pull-based web stream, so a slow client reads from disk only as fast as it downloads. */
function streamFromHandle(handle: FileHandle): ReadableStream<Uint8Array> {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close().catch(() => undefined);
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        // Zero-filled, so the unused tail of a short last chunk never exposes stale memory.
        const buffer = Buffer.alloc(READ_CHUNK_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK_BYTES, null);
        if (bytesRead === 0) {
          await close();
          controller.close();
          return;
        }
        controller.enqueue(buffer.subarray(0, bytesRead));
      } catch (error) {
        await close();
        controller.error(error);
      }
    },
    cancel: close,
  });
}
