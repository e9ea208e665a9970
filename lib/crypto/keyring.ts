// Not `import "server-only"`: that throws outside React Server, and the generation worker (tsx)
// needs this module too. Nothing here may be imported by client components all the same.

/**
 * Master keys for per-user secret encryption, by version.
 *
 * `ENCRYPTION_KEY` is the current master key (base64 of 32 random bytes) and seals everything new,
 * under version `ENCRYPTION_KEY_VERSION` (default 1). Every sealed value records its version, so a
 * rotation is: move the old key to `ENCRYPTION_KEY_V<old>`, put the new one in `ENCRYPTION_KEY`,
 * bump `ENCRYPTION_KEY_VERSION`; old rows still open and can be re-sealed lazily.
 */

export const MASTER_KEY_BYTES = 32;

/** A configuration problem with the master key. Its message never contains the key. */
export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MasterKeyError";
  }
}

export type MasterKey = { version: number; key: Buffer };

export function currentMasterKey(env: NodeJS.ProcessEnv = process.env): MasterKey {
  const version = parseVersion(env.ENCRYPTION_KEY_VERSION);
  return { version, key: decodeMasterKey(env.ENCRYPTION_KEY, "ENCRYPTION_KEY") };
}

/** The master key a value was sealed with; the current one or a retired `ENCRYPTION_KEY_V<n>`. */
export function masterKeyForVersion(version: number, env: NodeJS.ProcessEnv = process.env): Buffer {
  const current = currentMasterKey(env);
  if (version === current.version) return current.key;
  if (!Number.isSafeInteger(version) || version < 1) throw new MasterKeyError("Unknown encryption key version");
  const name = `ENCRYPTION_KEY_V${version}`;
  if (env[name] === undefined)
    throw new MasterKeyError(`No master key configured for key version ${version} (${name})`);
  return decodeMasterKey(env[name], name);
}

function parseVersion(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return 1;
  const version = Number(raw);
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new MasterKeyError("ENCRYPTION_KEY_VERSION must be a positive integer");
  }
  return version;
}

// Strict base64 (standard or url-safe alphabet, optional padding): Buffer.from(..., "base64")
// silently skips junk characters, which would turn a typo into a different, weaker key.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

function decodeMasterKey(raw: string | undefined, name: string): Buffer {
  // Messages name the variable and what is wrong, never the value (not even a prefix).
  if (raw === undefined || raw.trim() === "") {
    throw new MasterKeyError(`${name} is not set; it must be base64 of ${MASTER_KEY_BYTES} random bytes`);
  }
  const text = raw.trim().replace(/-/g, "+").replace(/_/g, "/");
  if (!BASE64.test(text)) throw new MasterKeyError(`${name} is not valid base64`);
  const key = Buffer.from(text, "base64");
  if (key.length !== MASTER_KEY_BYTES) {
    throw new MasterKeyError(`${name} must decode to exactly ${MASTER_KEY_BYTES} bytes`);
  }
  return key;
}
