// Not `import "server-only"`: that throws outside React Server, and the generation worker (tsx)
// needs this module too. Nothing here may be imported by client components all the same.
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import { storageConfigFromEnv, type StorageConfig } from "./storage-config";

export * from "./file-storage";
export * from "./keys";
export { LocalDiskStorage } from "./local-disk-storage";
export { S3Storage, type S3StorageOptions } from "./s3-storage";
export { StoredFileTooLargeError } from "./s3-stream-write";
export { storageRoot } from "./storage-config";

let cached: { signature: string; storage: FileStorage } | undefined;

/**
 * The app's file storage, as STORAGE_DRIVER and its variables say (storage-config.ts). Re-reads
 * the environment each call so tests can point it elsewhere; the driver (and an S3 client's
 * connection pool) is only rebuilt when the configuration really changed.
 */
export function getFileStorage(): FileStorage {
  const config = storageConfigFromEnv();
  const signature = signatureOf(config);
  if (cached?.signature !== signature) {
    const previous = cached?.storage;
    cached = { signature, storage: createStorage(config) };
    if (previous instanceof S3Storage) previous.destroy();
  }
  return cached.storage;
}

function createStorage(config: StorageConfig): FileStorage {
  return config.driver === "local" ? new LocalDiskStorage(config.root) : new S3Storage(config.s3);
}

/** Identifies a configuration; kept in memory only (it includes the secret key). */
function signatureOf(config: StorageConfig): string {
  return JSON.stringify(config);
}
