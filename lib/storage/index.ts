// Not `import "server-only"`: that throws outside React Server, and the generation worker (tsx)
// needs this module too. Nothing here may be imported by client components all the same.
import path from "node:path";
import type { FileStorage } from "./file-storage";
import { LocalDiskStorage } from "./local-disk-storage";

export * from "./file-storage";
export * from "./keys";
export { LocalDiskStorage } from "./local-disk-storage";

/** As the product card fixes it; never served from public/ directly (proxy.ts refuses /uploads). */
export const DEFAULT_STORAGE_ROOT = path.join("public", "uploads", "generated");

export function storageRoot(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.STORAGE_ROOT?.trim();
  // turbopackIgnore: this is a runtime folder of user files; without it the build would trace the
  // whole project (public/ included) into the server output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured || DEFAULT_STORAGE_ROOT);
}

let cached: LocalDiskStorage | undefined;

/** The app's file storage. Re-reads STORAGE_ROOT each call so tests can point it at a temp folder. */
export function getFileStorage(): FileStorage {
  const root = storageRoot();
  if (cached?.root !== root) cached = new LocalDiskStorage(root);
  return cached;
}
