import "server-only";
import { encryptForUser, lastFour } from "@/lib/crypto";

/** The key columns of a profile row, sealed under the user's own data key. */
export function sealedKeyColumns(userId: string, apiKey: string) {
  const sealed = encryptForUser(userId, apiKey);
  return {
    apiKeyCiphertext: new Uint8Array(sealed.ciphertext),
    apiKeyIv: new Uint8Array(sealed.iv),
    apiKeyTag: new Uint8Array(sealed.tag),
    apiKeyVersion: sealed.keyVersion,
    apiKeyLast4: lastFour(apiKey) || null,
  };
}

export const CLEARED_KEY_COLUMNS = {
  apiKeyCiphertext: null,
  apiKeyIv: null,
  apiKeyTag: null,
  apiKeyVersion: null,
  apiKeyLast4: null,
} as const;
