import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { S3Storage, type S3StorageOptions } from "@/lib/storage";

/**
 * A real S3-compatible server for tests, spoken to over HTTP like any bucket: s3rver on
 * 127.0.0.1 (a free port, its own temp folder), or the server S3_TEST_ENDPOINT names (MinIO, say;
 * S3_TEST_ACCESS_KEY_ID / S3_TEST_SECRET_ACCESS_KEY / S3_TEST_REGION, MinIO's defaults otherwise),
 * where each bucket it created is emptied and deleted again on stop().
 */
export type TestS3Server = {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** An SDK client on the server, for looking at the bucket behind the driver's back. */
  client: S3Client;
  /** A new empty bucket named after `label` (made S3-legal: 3-63 lowercase characters). */
  createBucket(label: string): Promise<string>;
  /** The app's environment for a bucket: STORAGE_DRIVER=s3 and the S3_* variables. */
  storageEnv(bucket: string): Record<string, string>;
  /** An S3Storage on a bucket; destroy it after use (it holds sockets). */
  storage(bucket: string, options?: Partial<S3StorageOptions>): S3Storage;
  stop(): Promise<void>;
};

const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export async function startS3Server(): Promise<TestS3Server> {
  const external = process.env.S3_TEST_ENDPOINT?.trim();
  let directory: string | undefined;
  let s3rver: S3rver | undefined;
  let endpoint: string;
  let credentials = S3RVER_CREDENTIALS;
  let region = "us-east-1";
  if (external) {
    endpoint = external;
    credentials = {
      accessKeyId: process.env.S3_TEST_ACCESS_KEY_ID ?? "minioadmin",
      secretAccessKey: process.env.S3_TEST_SECRET_ACCESS_KEY ?? "minioadmin",
    };
    region = process.env.S3_TEST_REGION ?? region;
  } else {
    directory = await mkdtemp(path.join(os.tmpdir(), "s3rver-"));
    s3rver = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory });
    const { port } = await s3rver.run();
    endpoint = `http://127.0.0.1:${port}`;
  }
  const client = new S3Client({ endpoint, region, credentials, forcePathStyle: true });
  const created: string[] = [];

  return {
    endpoint,
    region,
    credentials,
    client,
    async createBucket(label) {
      const slug = label
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, "-")
        .slice(0, 40);
      const bucket = `af-${slug}-${randomBytes(4).toString("hex")}`.replace(/-+/g, "-");
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      created.push(bucket);
      return bucket;
    },
    storageEnv(bucket) {
      return {
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: endpoint,
        S3_BUCKET: bucket,
        S3_REGION: region,
        S3_ACCESS_KEY_ID: credentials.accessKeyId,
        S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        S3_FORCE_PATH_STYLE: "true",
      };
    },
    storage(bucket, options = {}) {
      return new S3Storage({ bucket, region, endpoint, forcePathStyle: true, credentials, ...options });
    },
    async stop() {
      if (external) for (const bucket of created) await deleteBucket(client, bucket).catch(() => undefined);
      client.destroy();
      if (s3rver) {
        // The SDK keeps sockets alive; without this, close() waits for them to time out.
        s3rver.httpServer?.closeAllConnections();
        await s3rver.close();
      }
      if (directory) await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Every object key in a bucket, straight from the server (not through the driver). */
export async function bucketKeys(client: S3Client, bucket: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
    keys.push(...(page.Contents ?? []).map((object) => object.Key!));
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys.sort();
}

async function deleteBucket(client: S3Client, bucket: string): Promise<void> {
  for (const key of await bucketKeys(client, bucket)) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }
  await client.send(new DeleteBucketCommand({ Bucket: bucket }));
}

const STORAGE_VARIABLES = [
  "STORAGE_DRIVER",
  "S3_ENDPOINT",
  "S3_BUCKET",
  "S3_REGION",
  "S3_ACCESS_KEY_ID",
  "S3_SECRET_ACCESS_KEY",
  "S3_FORCE_PATH_STYLE",
];

/**
 * For a Jest file: starts a test S3 server and a fresh bucket in beforeAll, points the app's
 * storage at it (STORAGE_DRIVER=s3 and the S3_* variables), and restores the previous
 * environment and stops the server in afterAll. Returns a getter: both exist once beforeAll ran.
 */
export function withS3Storage(label: string): () => { server: TestS3Server; bucket: string } {
  const saved = Object.fromEntries(STORAGE_VARIABLES.map((name) => [name, process.env[name]]));
  let state: { server: TestS3Server; bucket: string } | undefined;
  beforeAll(async () => {
    const server = await startS3Server();
    const bucket = await server.createBucket(label);
    Object.assign(process.env, server.storageEnv(bucket));
    state = { server, bucket };
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await state?.server.stop();
  });
  return () => {
    if (!state) throw new Error("withS3Storage: the server starts in beforeAll");
    return state;
  };
}
