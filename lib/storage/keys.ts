import { createHash } from "node:crypto";

/**
 * Storage keys are relative, slash-separated paths such as `<userId>/<filename>`. The grammar is
 * deliberately narrow: plain segments of `[A-Za-z0-9_-]` and a final `name.ext`, so a key can never
 * climb out of the root (`..`), be absolute, hide as a dotfile or collide with a temp file.
 */
const SEGMENT = "[A-Za-z0-9_-]{1,128}";
const FILENAME = "[A-Za-z0-9_-]{1,200}\\.[A-Za-z0-9]{1,10}";
const STORAGE_KEY = new RegExp(`^(?:${SEGMENT}/){1,4}${FILENAME}$`);

/** A key that does not fit the grammar. It is a programming error or an attack, never user data. */
export class InvalidStorageKeyError extends Error {
  constructor() {
    super("Invalid storage key");
    this.name = "InvalidStorageKeyError";
  }
}

export function isValidStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new InvalidStorageKeyError();
}

const STORAGE_KEY_PREFIX = new RegExp(`^(?:${SEGMENT}/){0,4}$`);

/** A folder prefix for list/removeAll: "" or whole segments each followed by "/". */
export function assertValidStorageKeyPrefix(prefix: string): void {
  if (!STORAGE_KEY_PREFIX.test(prefix)) throw new InvalidStorageKeyError();
}

export function storageKeyFor(userId: string, filename: string): string {
  const key = `${userId}/${filename}`;
  assertValidStorageKey(key);
  return key;
}

/**
 * The folder of an image's cached derivatives (lib/images/derivatives.ts), beside the owners'
 * folders; removed with the image (remove-image-files.ts) or by the orphan sweep.
 */
export const DERIVED_FOLDER = "derived";
export const derivativePrefix = (imageId: string) => `${DERIVED_FOLDER}/${imageId}/`;

const USER_ID = /^[A-Za-z0-9-]{1,64}$/;
const EXTENSION = /^[a-z0-9]{1,10}$/;
export const FILENAME_HASH_HEX_CHARS = 12;

/**
 * `{userId}_{timestamp}_{index}_{hash}.{ext}`: the owner and time make a file traceable on disk,
 * the index separates images of one generation, and the content hash keeps two writes in the
 * same millisecond apart. The user id may not contain `_`, so the name splits back unambiguously.
 */
export function buildImageFilename(
  userId: string,
  index: number,
  bytes: Uint8Array,
  ext: string,
  now: Date = new Date(),
): string {
  if (!USER_ID.test(userId)) throw new TypeError("buildImageFilename: userId must be letters, digits and dashes");
  if (!Number.isSafeInteger(index) || index < 0)
    throw new TypeError("buildImageFilename: index must be a non-negative integer");
  const extension = ext.replace(/^\./, "").toLowerCase();
  if (!EXTENSION.test(extension)) throw new TypeError("buildImageFilename: ext must be 1-10 letters or digits");
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, FILENAME_HASH_HEX_CHARS);
  return `${userId}_${now.getTime()}_${index}_${hash}.${extension}`;
}
