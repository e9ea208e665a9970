export { encryptForUser, decryptForUser, SecretDecryptionError } from "./user-secrets";
export type { SealedSecret } from "./user-secrets";
export { MasterKeyError } from "./keyring";
export { lastFour } from "./last-four";
