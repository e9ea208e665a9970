// Not `import "server-only"`: the generation worker (tsx) stores its images through this too.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  openedFromBytes,
  StoredFileNotFoundError,
  type FileContent,
  type FileStorage,
  type OpenedFile,
  type StoredFileEntry,
  type StoredFileStat,
} from "./file-storage";
import { assertValidStorageKey, assertValidStorageKeyPrefix, InvalidStorageKeyError, isValidStorageKey } from "./keys";
import { putS3Object } from "./s3-put-object";
import { writeStreamToS3 } from "./s3-stream-write";
import type { S3StorageConfig } from "./storage-config";

// The SDK warns once per process that its releases from 2027 need Node 22; the app supports Node
// 20.19 and pins the SDK, so that notice is noise in every log. Only that one warning is turned
// off, before any client exists (an operator's own setting wins); other warnings still print.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

/** Object keys mirror the local layout: the local root is `…/generated`, so keys start `generated/`. */
export const DEFAULT_S3_KEY_PREFIX = "generated/";
/** S3's smallest part but the last is 5 MiB; 8 MiB keeps part counts low for any image we make. */
const DEFAULT_PART_BYTES = 8 * 1024 * 1024;
/** A stream longer than this is refused and its upload aborted: no image comes near it. */
const DEFAULT_MAX_STREAM_BYTES = 512 * 1024 * 1024;
/** As the local driver: files up to this size are read whole by openRead (see OpenedFile.bytes). */
const SMALL_FILE_BYTES = 256 * 1024;
const CONNECT_TIMEOUT_MS = 5_000;
/** Longest silence on a connection mid-request; an image download never legitimately pauses this long. */
const IDLE_SOCKET_TIMEOUT_MS = 60_000;

export type S3StorageOptions = S3StorageConfig & {
  keyPrefix?: string;
  /** Stream writes are sent in parts of this size (at least 5 MiB on AWS S3). */
  partBytes?: number;
  maxStreamBytes?: number;
};

/**
 * FileStorage on an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, ...). An object appears
 * only when its PUT or multipart upload completes, so readers never see part of a file; a failed
 * stream write aborts its multipart upload, which never becomes an object.
 */
export class S3Storage implements FileStorage {
  readonly bucket: string;
  readonly keyPrefix: string;
  private readonly client: S3Client;
  private readonly partBytes: number;
  private readonly maxStreamBytes: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.keyPrefix = options.keyPrefix ?? DEFAULT_S3_KEY_PREFIX;
    this.partBytes = options.partBytes ?? DEFAULT_PART_BYTES;
    this.maxStreamBytes = options.maxStreamBytes ?? DEFAULT_MAX_STREAM_BYTES;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials: options.credentials,
      // Checksums only where S3 requires them: several S3-compatible servers reject the newer
      // default trailers, and the bytes are already hashed into the image's name and row.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
      // The SDK waits forever by default: an unreachable or stalled server must fail the request
      // (a 500, a failed readiness check) instead of holding it and its socket.
      requestHandler: { connectionTimeout: CONNECT_TIMEOUT_MS, socketTimeout: IDLE_SOCKET_TIMEOUT_MS },
    });
  }

  async write(key: string, content: FileContent): Promise<StoredFileStat> {
    const objectKey = this.objectKey(key);
    if (content instanceof Uint8Array) {
      await putS3Object(this.client, this.bucket, objectKey, content);
      return { size: content.length, modifiedAt: new Date() };
    }
    const { client, bucket, partBytes, maxStreamBytes } = this;
    return writeStreamToS3({ client, bucket, objectKey, partBytes, maxStreamBytes }, content);
  }

  async read(key: string): Promise<Buffer> {
    const object = await this.get(key);
    const bytes = await object.Body!.transformToByteArray();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async openRead(key: string): Promise<OpenedFile> {
    const object = await this.get(key);
    const body = object.Body!;
    const size = object.ContentLength ?? 0;
    if (size <= SMALL_FILE_BYTES) return openedFromBytes(await body.transformToByteArray());
    // Cancelling the web stream destroys the response socket: a HEAD or an aborted download
    // does not keep the object's connection open.
    return { size, stream: body.transformToWebStream() as ReadableStream<Uint8Array> };
  }

  async stat(key: string): Promise<StoredFileStat | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return { size: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    // S3 answers a delete of a missing key with success: removing twice is not an error.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async *list(prefix: string): AsyncIterable<StoredFileEntry> {
    assertValidStorageKeyPrefix(prefix);
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.bucket,
          Prefix: `${this.keyPrefix}${prefix}`,
          ContinuationToken: continuationToken,
        }),
      );
      for (const object of page.Contents ?? []) {
        const key = object.Key?.slice(this.keyPrefix.length);
        // Anything else in the bucket (another app's objects, a stray upload) is not ours to report.
        if (!key || !object.Key?.startsWith(this.keyPrefix) || !isValidStorageKey(key)) continue;
        yield { key, size: object.Size ?? 0, modifiedAt: object.LastModified ?? new Date(0) };
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
  }

  async removeAll(prefix: string): Promise<void> {
    assertValidStorageKeyPrefix(prefix);
    if (!prefix) throw new InvalidStorageKeyError(); // never the whole bucket
    // One DELETE per object rather than DeleteObjects: that needs a Content-MD5 several
    // S3-compatible servers handle differently, and a derivative folder holds a few dozen at most.
    const keys: string[] = [];
    for await (const entry of this.list(prefix)) keys.push(entry.key);
    await Promise.all(keys.map((key) => this.remove(key)));
  }

  /** Closes the client's sockets (tests, benchmarks, shutdown). */
  destroy(): void {
    this.client.destroy();
  }

  private objectKey(key: string): string {
    assertValidStorageKey(key);
    return `${this.keyPrefix}${key}`;
  }

  private async get(key: string) {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
    } catch (error) {
      throw isMissingObject(error) ? new StoredFileNotFoundError() : error;
    }
  }
}

/** A missing key (GET answers NoSuchKey, HEAD a bare 404); a missing bucket is a setup error, not this. */
function isMissingObject(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  if (name === "NoSuchBucket") return false;
  return name === "NoSuchKey" || name === "NotFound" || $metadata?.httpStatusCode === 404;
}
