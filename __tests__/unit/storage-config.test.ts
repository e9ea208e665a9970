import path from "node:path";
import { getFileStorage, LocalDiskStorage, S3Storage } from "@/lib/storage";
import { StorageConfigError, storageConfigFromEnv } from "@/lib/storage/storage-config";

const SECRET = "wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY";
const S3_ENV = {
  STORAGE_DRIVER: "s3",
  S3_ENDPOINT: "https://s3.example.test",
  S3_BUCKET: "arcane-forge-images",
  S3_REGION: "eu-west-1",
  S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  S3_SECRET_ACCESS_KEY: SECRET,
  S3_FORCE_PATH_STYLE: "true",
};

/** The error a configuration gives, so a test can check both its message and that no secret is in it. */
function refusal(env: Record<string, string>): string {
  try {
    storageConfigFromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(StorageConfigError);
    return (error as Error).message;
  }
  throw new Error("expected the configuration to be refused");
}

describe("storageConfigFromEnv", () => {
  it("is local disk under public/uploads/generated with nothing set, or STORAGE_ROOT", () => {
    expect(storageConfigFromEnv({})).toEqual({
      driver: "local",
      root: path.join(process.cwd(), "public", "uploads", "generated"),
    });
    expect(storageConfigFromEnv({ STORAGE_DRIVER: "local", STORAGE_ROOT: "/srv/images" })).toEqual({
      driver: "local",
      root: "/srv/images",
    });
  });

  it("reads every S3 variable, with us-east-1 and virtual-host addressing by default", () => {
    expect(storageConfigFromEnv(S3_ENV)).toEqual({
      driver: "s3",
      s3: {
        bucket: "arcane-forge-images",
        region: "eu-west-1",
        endpoint: "https://s3.example.test",
        forcePathStyle: true,
        credentials: { accessKeyId: "AKIAEXAMPLE", secretAccessKey: SECRET },
      },
    });
    // AWS itself with an instance role: no endpoint, no keys (the SDK's default chain).
    expect(storageConfigFromEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "images" })).toEqual({
      driver: "s3",
      s3: { bucket: "images", region: "us-east-1", endpoint: undefined, forcePathStyle: false, credentials: undefined },
    });
  });

  it.each([
    ["an unknown driver", { STORAGE_DRIVER: "ftp" }, "STORAGE_DRIVER"],
    ["no bucket", { ...S3_ENV, S3_BUCKET: "" }, "S3_BUCKET"],
    ["a bucket name S3 refuses", { ...S3_ENV, S3_BUCKET: "Images_Of_Mine" }, "S3_BUCKET"],
    ["a bucket name too short", { ...S3_ENV, S3_BUCKET: "ab" }, "S3_BUCKET"],
    ["an endpoint that is no URL", { ...S3_ENV, S3_ENDPOINT: "s3.example.test" }, "S3_ENDPOINT"],
    ["an endpoint not on HTTP", { ...S3_ENV, S3_ENDPOINT: "ftp://s3.example.test" }, "S3_ENDPOINT"],
    ["a secret key without its id", { ...S3_ENV, S3_ACCESS_KEY_ID: "" }, "S3_ACCESS_KEY_ID"],
    ["a key id without its secret", { ...S3_ENV, S3_SECRET_ACCESS_KEY: " " }, "S3_SECRET_ACCESS_KEY"],
    ["a path style that is not a boolean", { ...S3_ENV, S3_FORCE_PATH_STYLE: "yes" }, "S3_FORCE_PATH_STYLE"],
  ])("refuses %s, naming %s and never showing the secret", (_case, env, variable) => {
    const message = refusal(env);
    expect(message).toContain(variable);
    expect(message).not.toContain(SECRET);
  });
});

describe("getFileStorage", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of [...Object.keys(S3_ENV), "STORAGE_ROOT"]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("follows STORAGE_DRIVER, keeping one driver while the configuration stays", () => {
    Object.assign(process.env, S3_ENV);
    const s3 = getFileStorage();
    expect(s3).toBeInstanceOf(S3Storage);
    expect((s3 as S3Storage).bucket).toBe("arcane-forge-images");
    expect(getFileStorage()).toBe(s3);
    process.env.S3_BUCKET = "other-bucket";
    expect((getFileStorage() as S3Storage).bucket).toBe("other-bucket");
    process.env.STORAGE_DRIVER = "local";
    expect(getFileStorage()).toBeInstanceOf(LocalDiskStorage);
  });

  it("throws the configuration error at first use too", () => {
    Object.assign(process.env, { ...S3_ENV, S3_BUCKET: "" });
    expect(() => getFileStorage()).toThrow(StorageConfigError);
  });
});
