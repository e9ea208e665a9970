export { encryptForUser, decryptForUser, SecretDecryptionError } from "./user-secrets";
export type { SealedSecret, StoredSealedSecret } from "./user-secrets";
export { MasterKeyError } from "./keyring";
export { lastFour } from "./last-four";
