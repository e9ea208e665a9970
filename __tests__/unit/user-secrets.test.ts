import { decryptForUser, encryptForUser, lastFour, MasterKeyError, SecretDecryptionError } from "@/lib/crypto";
import type { SealedSecret } from "@/lib/crypto";

const USER_A = "7b0f8c1e-3c1a-4d7e-9a51-2f4f6a0b1c01";
const USER_B = "7b0f8c1e-3c1a-4d7e-9a51-2f4f6a0b1c02";
const API_KEY = "sk-test-abcdefghijklmnopqrstuvwxyz0123456789";
const MASTER_1 = Buffer.alloc(32, 1).toString("base64");
const MASTER_2 = Buffer.alloc(32, 2).toString("base64");

const savedEnv = { ...process.env };
beforeEach(() => {
  process.env = { ...savedEnv, ENCRYPTION_KEY: MASTER_1 };
  delete process.env.ENCRYPTION_KEY_VERSION;
});
afterAll(() => {
  process.env = savedEnv;
});

function flipFirstByte(buffer: Buffer): Buffer {
  const copy = Buffer.from(buffer);
  copy[0] ^= 0x01;
  return copy;
}

function thrownBy(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the action to throw");
}

function expectNoSecretIn(error: Error, ...secrets: string[]) {
  const text = `${error.name} ${error.message} ${String(error.cause ?? "")}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
}

describe("encryptForUser / decryptForUser", () => {
  it("round-trips a secret for the same user", () => {
    const sealed = encryptForUser(USER_A, API_KEY);
    expect(sealed.keyVersion).toBe(1);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.tag).toHaveLength(16);
    expect(sealed.ciphertext.toString("utf8")).not.toContain(API_KEY);
    expect(decryptForUser(USER_A, sealed)).toBe(API_KEY);
  });

  it("round-trips unicode and an empty string, and accepts Uint8Array fields as read from the database", () => {
    for (const plaintext of ["", "κλειδί-🔑"]) {
      const sealed = encryptForUser(USER_A, plaintext);
      const fromRow = {
        ...sealed,
        ciphertext: new Uint8Array(sealed.ciphertext),
        iv: new Uint8Array(sealed.iv),
        tag: new Uint8Array(sealed.tag),
      };
      expect(decryptForUser(USER_A, fromRow)).toBe(plaintext);
    }
  });

  it("uses a fresh random IV every time, so equal plaintexts give different ciphertexts", () => {
    const first = encryptForUser(USER_A, API_KEY);
    const second = encryptForUser(USER_A, API_KEY);
    expect(first.iv.equals(second.iv)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
  });

  it.each<[string, (sealed: SealedSecret) => SealedSecret]>([
    ["ciphertext", (s) => ({ ...s, ciphertext: flipFirstByte(s.ciphertext) })],
    ["tag", (s) => ({ ...s, tag: flipFirstByte(s.tag) })],
    ["iv", (s) => ({ ...s, iv: flipFirstByte(s.iv) })],
    ["truncated tag", (s) => ({ ...s, tag: s.tag.subarray(0, 4) })],
    ["short iv", (s) => ({ ...s, iv: s.iv.subarray(0, 8) })],
  ])("rejects a tampered %s", (_, tamper) => {
    const error = thrownBy(() => decryptForUser(USER_A, tamper(encryptForUser(USER_A, API_KEY))));
    expect(error).toBeInstanceOf(SecretDecryptionError);
    expectNoSecretIn(error, API_KEY, MASTER_1);
  });

  it("does not let user B decrypt user A's secret", () => {
    const error = thrownBy(() => decryptForUser(USER_B, encryptForUser(USER_A, API_KEY)));
    expect(error).toBeInstanceOf(SecretDecryptionError);
    expectNoSecretIn(error, API_KEY, MASTER_1);
  });

  it("fails under a different master key", () => {
    const sealed = encryptForUser(USER_A, API_KEY);
    process.env.ENCRYPTION_KEY = MASTER_2;
    const error = thrownBy(() => decryptForUser(USER_A, sealed));
    expect(error).toBeInstanceOf(SecretDecryptionError);
    expectNoSecretIn(error, API_KEY, MASTER_1, MASTER_2);
  });

  it("opens values sealed under a retired key version after rotation, and seals new ones under the new version", () => {
    const old = encryptForUser(USER_A, API_KEY);
    process.env = {
      ...process.env,
      ENCRYPTION_KEY: MASTER_2,
      ENCRYPTION_KEY_VERSION: "2",
      ENCRYPTION_KEY_V1: MASTER_1,
    };
    expect(decryptForUser(USER_A, old)).toBe(API_KEY);
    const fresh = encryptForUser(USER_A, API_KEY);
    expect(fresh.keyVersion).toBe(2);
    expect(decryptForUser(USER_A, fresh)).toBe(API_KEY);
  });

  it("rejects a sealed value whose key version was edited", () => {
    process.env = { ...process.env, ENCRYPTION_KEY_V2: MASTER_1 };
    const sealed = encryptForUser(USER_A, API_KEY);
    expect(() => decryptForUser(USER_A, { ...sealed, keyVersion: 2 })).toThrow(SecretDecryptionError);
  });

  it("names a missing retired key version without printing any key", () => {
    const sealed = encryptForUser(USER_A, API_KEY);
    process.env = { ...process.env, ENCRYPTION_KEY: MASTER_2, ENCRYPTION_KEY_VERSION: "2" };
    const error = thrownBy(() => decryptForUser(USER_A, sealed));
    expect(error).toBeInstanceOf(MasterKeyError);
    expect(error.message).toContain("ENCRYPTION_KEY_V1");
    expectNoSecretIn(error, API_KEY, MASTER_1, MASTER_2);
  });
});

describe("master key validation", () => {
  it.each([
    ["missing", undefined],
    ["empty", "  "],
    ["not base64", "this is not base64 at all!!"],
    ["too short", Buffer.alloc(16, 9).toString("base64")],
    ["too long", Buffer.alloc(48, 9).toString("base64")],
    ["base64 with junk inside", `${MASTER_1.slice(0, 20)}$$${MASTER_1.slice(20)}`],
  ])("refuses a %s ENCRYPTION_KEY with a clear error that does not echo it", (_, value) => {
    if (value === undefined) delete process.env.ENCRYPTION_KEY;
    else process.env.ENCRYPTION_KEY = value;
    const error = thrownBy(() => encryptForUser(USER_A, API_KEY));
    expect(error).toBeInstanceOf(MasterKeyError);
    expect(error.message).toContain("ENCRYPTION_KEY");
    if (value && value.trim()) expectNoSecretIn(error, value.trim(), value.trim().slice(0, 8));
    expectNoSecretIn(error, API_KEY);
  });

  it("accepts the url-safe base64 alphabet and unpadded keys", () => {
    const bytes = Buffer.alloc(32, 0xfb);
    process.env.ENCRYPTION_KEY = bytes.toString("base64url");
    const sealed = encryptForUser(USER_A, API_KEY);
    process.env.ENCRYPTION_KEY = bytes.toString("base64");
    expect(decryptForUser(USER_A, sealed)).toBe(API_KEY);
  });

  it("refuses a non-integer ENCRYPTION_KEY_VERSION", () => {
    process.env.ENCRYPTION_KEY_VERSION = "two";
    expect(() => encryptForUser(USER_A, API_KEY)).toThrow(MasterKeyError);
  });
});

describe("lastFour", () => {
  it("returns the last four characters of a real-length key", () => {
    expect(lastFour(API_KEY)).toBe("6789");
    expect(lastFour(`  ${API_KEY}\n`)).toBe("6789");
  });

  it("reveals nothing of a short value", () => {
    expect(lastFour("")).toBe("");
    expect(lastFour("abcdefgh")).toBe("");
  });
});
