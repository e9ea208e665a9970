// Not `import "server-only"`: that throws outside React Server, and the generation worker (tsx)
// needs this module too. Nothing here may be imported by client components all the same.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { currentMasterKey, masterKeyForVersion } from "./keyring";

/**
 * Per-user encryption of secrets such as provider API keys (AES-256-GCM).
 *
 * Each user gets their own data key, derived with HKDF-SHA256 from the master key. The user id
 * goes into HKDF's `info`, not its `salt`: RFC 5869 treats salt as a (random) extractor input and
 * info as the context that binds a derived key to its purpose. A user id is context, not
 * randomness, and the master key is already 32 uniformly random bytes, so the salt only needs to
 * be a fixed public label that keeps this key tree apart from any other use of the same secret.
 * The key version is part of info too, so versions can never collide on a derived key.
 */

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12; // GCM's native nonce size; random per message (2^32 messages per key is far off)
const TAG_BYTES = 16;
const HKDF_SALT = Buffer.from("arcane-forge/user-secrets", "utf8");

export type SealedSecret = { ciphertext: Buffer; iv: Buffer; tag: Buffer; keyVersion: number };
/** What a database row hands back: Prisma's Bytes columns are Uint8Array, not Buffer. */
export type StoredSealedSecret = { ciphertext: Uint8Array; iv: Uint8Array; tag: Uint8Array; keyVersion: number };

/**
 * A sealed secret could not be opened: tampered, sealed for another user, or sealed under another
 * master key. Deliberately one message for all of them, carrying neither the plaintext nor a key.
 */
export class SecretDecryptionError extends Error {
  constructor() {
    super("The stored secret could not be decrypted");
    this.name = "SecretDecryptionError";
  }
}

export function encryptForUser(userId: string, plaintext: string): SealedSecret {
  const { version, key: masterKey } = currentMasterKey();
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, deriveUserKey(masterKey, userId, version), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(userId, version));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag(), keyVersion: version };
}

export function decryptForUser(userId: string, sealed: StoredSealedSecret): string {
  // A configuration error (missing master key for this version) propagates as MasterKeyError:
  // the operator must fix it, and it says so without naming a key.
  const masterKey = masterKeyForVersion(sealed.keyVersion);
  // Node accepts truncated GCM tags unless told otherwise, which would make forgery far cheaper.
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) throw new SecretDecryptionError();
  try {
    const decipher = createDecipheriv(ALGORITHM, deriveUserKey(masterKey, userId, sealed.keyVersion), sealed.iv, {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(associatedData(userId, sealed.keyVersion));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString("utf8");
  } catch {
    // Node's own message ("Unsupported state or unable to authenticate data") is harmless, but a
    // single domain error keeps callers from branching on crypto internals.
    throw new SecretDecryptionError();
  }
}

function deriveUserKey(masterKey: Buffer, userId: string, version: number): Buffer {
  if (userId.length === 0) throw new TypeError("A user id is required to derive a key");
  const info = Buffer.from(`arcane-forge/user-secrets/v${version}/user:${userId}`, "utf8");
  return Buffer.from(hkdfSync("sha256", masterKey, HKDF_SALT, info, 32));
}

// The derived key already binds the user; the AAD also binds the version, so a row whose
// keyVersion was edited fails authentication instead of decrypting under a different key by luck.
function associatedData(userId: string, version: number): Buffer {
  return Buffer.from(`${userId}|${version}`, "utf8");
}
