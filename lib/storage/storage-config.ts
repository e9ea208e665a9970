// Not `import "server-only"`: the launcher and the generation worker (tsx) check this at startup.
import path from "node:path";

/** As the product card fixes it; never served from public/ directly (proxy.ts refuses /uploads). */
export const DEFAULT_STORAGE_ROOT = path.join("public", "uploads", "generated");
/** Region sent when S3_REGION is unset; most S3-compatible servers accept any, R2 wants "auto". */
export const DEFAULT_S3_REGION = "us-east-1";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** Unset: AWS S3's own endpoint for the region. */
  endpoint?: string;
  /** `bucket` in the path (`https://host/bucket/key`) instead of the host name; MinIO and s3rver need it. */
  forcePathStyle: boolean;
  /** Unset: the SDK's default chain (environment, profile, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export type StorageConfig = { driver: "local"; root: string } | { driver: "s3"; s3: S3StorageConfig };

/** process.env or a map like it (tests, a child process's environment). */
type Environment = Readonly<Record<string, string | undefined>>;

/** A storage setting the app cannot start with. The message names the variable, never a secret's value. */
export class StorageConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StorageConfigError";
  }
}

export function storageRoot(env: Environment = process.env): string {
  const configured = env.STORAGE_ROOT?.trim();
  // turbopackIgnore: this is a runtime folder of user files; without it the build would trace the
  // whole project (public/ included) into the server output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), configured || DEFAULT_STORAGE_ROOT);
}

/**
 * Reads STORAGE_DRIVER (`local`, the default, or `s3`) and, for s3, the S3_* variables. Throws a
 * StorageConfigError naming the first variable that is missing or malformed, so a process
 * refuses to start rather than failing on its first image.
 */
export function storageConfigFromEnv(env: Environment = process.env): StorageConfig {
  const driver = value(env, "STORAGE_DRIVER") ?? "local";
  if (driver === "local") return { driver, root: storageRoot(env) };
  if (driver !== "s3") throw new StorageConfigError(`STORAGE_DRIVER must be "local" or "s3"`);
  return { driver, s3: s3ConfigFromEnv(env) };
}

function s3ConfigFromEnv(env: Environment): S3StorageConfig {
  const bucket = value(env, "S3_BUCKET");
  if (!bucket) throw new StorageConfigError("STORAGE_DRIVER=s3 needs S3_BUCKET (the bucket that holds the images)");
  // The S3 naming rule (3-63 lowercase letters, digits, dots, dashes): a typo fails here, not per request.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    throw new StorageConfigError("S3_BUCKET must be 3-63 lowercase letters, digits, dots or dashes");
  const endpoint = value(env, "S3_ENDPOINT");
  if (endpoint !== undefined && !isHttpUrl(endpoint))
    throw new StorageConfigError("S3_ENDPOINT must be an http:// or https:// URL");
  const accessKeyId = value(env, "S3_ACCESS_KEY_ID");
  const secretAccessKey = value(env, "S3_SECRET_ACCESS_KEY");
  if (accessKeyId && !secretAccessKey)
    throw new StorageConfigError("S3_ACCESS_KEY_ID is set but S3_SECRET_ACCESS_KEY is missing");
  if (secretAccessKey && !accessKeyId)
    throw new StorageConfigError("S3_SECRET_ACCESS_KEY is set but S3_ACCESS_KEY_ID is missing");
  const pathStyle = value(env, "S3_FORCE_PATH_STYLE") ?? "false";
  if (pathStyle !== "true" && pathStyle !== "false")
    throw new StorageConfigError('S3_FORCE_PATH_STYLE must be "true" or "false"');
  return {
    bucket,
    region: value(env, "S3_REGION") ?? DEFAULT_S3_REGION,
    endpoint,
    forcePathStyle: pathStyle === "true",
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

function value(env: Environment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function isHttpUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
