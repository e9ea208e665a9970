/**
 * Where image files live: local disk (local-disk-storage.ts) or an S3-compatible bucket
 * (s3-storage.ts), chosen by STORAGE_DRIVER. Callers only ever speak in storage keys
 * (`<userId>/<filename>`, see keys.ts), never paths, so nothing above this assumes a local disk.
 */

/** Bytes to store: a buffer, or a stream of chunks (a Node Readable is an AsyncIterable). */
export type FileContent = Uint8Array | AsyncIterable<Uint8Array>;

export type StoredFileStat = { size: number; modifiedAt: Date };

/** One stored file as list() finds it. */
export type StoredFileEntry = StoredFileStat & { key: string };

/**
 * An open file ready to be sent. The stream closes the file when read to the end or cancelled.
 * Small files may come already read (`bytes`, the same content as the stream, nothing left open).
 */
export type OpenedFile = { size: number; stream: ReadableStream<Uint8Array>; bytes?: Uint8Array };

/**
 * An OpenedFile of bytes already in memory. Its stream is made only if someone reads it: a sender
 * that uses `bytes` (the image route's thumbnails) skips the cost of a web stream per request.
 */
export function openedFromBytes(bytes: Uint8Array): OpenedFile {
  return {
    size: bytes.length,
    bytes,
    get stream() {
      return new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
    },
  };
}

export interface FileStorage {
  /** Stores atomically: readers see the old file or the whole new one, never a partial file. */
  write(key: string, content: FileContent): Promise<StoredFileStat>;
  /** The whole file. Throws StoredFileNotFoundError when it does not exist. */
  read(key: string): Promise<Buffer>;
  /** The file as a stream with its size. Throws StoredFileNotFoundError when it does not exist. */
  openRead(key: string): Promise<OpenedFile>;
  /** Size and modification time, or null when the file does not exist. */
  stat(key: string): Promise<StoredFileStat | null>;
  /** Deletes the file; deleting a file that is not there is not an error. */
  remove(key: string): Promise<void>;
  /**
   * Every finished file whose key starts with `prefix`: "" for all, else whole folders ending in
   * "/" (`derived/<imageId>/`). In no promised order; a write still in progress is never listed.
   */
  list(prefix: string): AsyncIterable<StoredFileEntry>;
  /** Deletes every file under the folder prefix (as list takes it); nothing there is not an error. */
  removeAll(prefix: string): Promise<void>;
}

export class StoredFileNotFoundError extends Error {
  constructor() {
    super("Stored file not found");
    this.name = "StoredFileNotFoundError";
  }
}
