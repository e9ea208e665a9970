import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  InvalidStorageKeyError,
  LocalDiskStorage,
  StoredFileNotFoundError,
  StoredFileTooLargeError,
  type FileStorage,
  type StoredFileEntry,
} from "@/lib/storage";
import { bucketKeys, startS3Server, type TestS3Server } from "../support/s3-server";

/**
 * One contract, every driver: what the rest of the app may assume of FileStorage, run against
 * the local disk (a temp folder) and against a real S3-compatible server over HTTP (s3rver on
 * 127.0.0.1, or S3_TEST_ENDPOINT). `rawEntries` looks past the driver (the folder's files, the
 * bucket's objects) so "leaves nothing" also covers temp files and half-finished uploads.
 */
type Driver = { storage: FileStorage; rawEntries(): Promise<string[]>; dispose(): Promise<void> };

/** The smallest part S3 allows; a stream past it goes out as a multipart upload. */
const PART_BYTES = 5 * 1024 * 1024;
let s3: TestS3Server;

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
});

const drivers: [string, () => Promise<Driver>][] = [
  [
    "LocalDiskStorage",
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), "storage-contract-"));
      return {
        storage: new LocalDiskStorage(root),
        rawEntries: () => filesUnder(root),
        dispose: () => rm(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    "S3Storage",
    async () => {
      const bucket = await s3.createBucket("contract");
      const storage = s3.storage(bucket, { partBytes: PART_BYTES });
      return {
        storage,
        rawEntries: () => bucketKeys(s3.client, bucket),
        dispose: async () => storage.destroy(),
      };
    },
  ],
];

const USER = "2b1e4c52-8f3a-4c1d-9e6b-0a7d5f3c2e11";
const OTHER = "9d4c1b2a-0f3e-4d5c-8b7a-6e5f4d3c2b1a";
const KEY = `${USER}/portrait.png`;
const IMAGE = "5f0c6d1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f";

describe.each(drivers)("%s", (_name, makeDriver) => {
  let driver: Driver;
  let storage: FileStorage;
  beforeEach(async () => {
    driver = await makeDriver();
    storage = driver.storage;
  });
  afterEach(async () => {
    await driver.dispose();
  });

  it("writes bytes and reads them back, with their size", async () => {
    const bytes = Buffer.from("png bytes");
    const written = await storage.write(KEY, bytes);
    expect(written.size).toBe(bytes.length);
    expect(await storage.read(KEY)).toEqual(bytes);
    expect((await storage.stat(KEY))?.size).toBe(bytes.length);
    expect(await driver.rawEntries()).toHaveLength(1);
  });

  it("shows nothing of a write in progress, then the whole file; a replacement shows the old file until done", async () => {
    const gate = deferred();
    async function* slow() {
      yield Buffer.from("first half, ");
      await gate.promise;
      yield Buffer.from("second half");
    }
    const writing = storage.write(KEY, slow());
    await pause(100); // the first chunk is in flight or buffered
    expect(await storage.stat(KEY)).toBeNull();
    await expect(storage.read(KEY)).rejects.toThrow(StoredFileNotFoundError);
    expect(await keysOf(storage.list(""))).toEqual([]);
    gate.resolve();
    expect((await writing).size).toBe("first half, second half".length);
    expect((await storage.read(KEY)).toString()).toBe("first half, second half");

    const second = deferred();
    async function* replacement() {
      yield Buffer.from("new ");
      await second.promise;
      yield Buffer.from("content");
    }
    const replacing = storage.write(KEY, replacement());
    await pause(100);
    expect((await storage.read(KEY)).toString()).toBe("first half, second half");
    second.resolve();
    await replacing;
    expect((await storage.read(KEY)).toString()).toBe("new content");
    expect(await keysOf(storage.list(""))).toEqual([KEY]);
  });

  it("writes a stream longer than one upload part", async () => {
    const chunk = Buffer.alloc(1024 * 1024, 7);
    async function* chunks() {
      for (let i = 0; i < 6; i++) yield Buffer.from(chunk.map((byte) => byte + i));
    }
    const written = await storage.write(KEY, chunks());
    expect(written.size).toBe(6 * chunk.length);
    const read = await storage.read(KEY);
    expect(read.length).toBe(6 * chunk.length);
    expect(read[0]).toBe(7);
    expect(read[read.length - 1]).toBe(12);
    expect(await driver.rawEntries()).toHaveLength(1);
  });

  it.each([
    ["within the first part", 2],
    ["after a whole part was sent", 6],
  ])("leaves nothing when the source stream fails %s", async (_when, megabytes) => {
    async function* failing() {
      for (let i = 0; i < megabytes; i++) yield Buffer.alloc(1024 * 1024, 1);
      throw new Error("upstream connection reset");
    }
    await expect(storage.write(KEY, failing())).rejects.toThrow("upstream connection reset");
    expect(await storage.stat(KEY)).toBeNull();
    await expect(storage.read(KEY)).rejects.toThrow(StoredFileNotFoundError);
    expect(await keysOf(storage.list(""))).toEqual([]);
    expect(await driver.rawEntries()).toEqual([]);
  });

  it("keeps the previous file whole when a replacement write fails", async () => {
    await storage.write(KEY, Buffer.from("original"));
    async function* failing() {
      yield Buffer.from("partial replacement");
      throw new Error("upstream connection reset");
    }
    await expect(storage.write(KEY, failing())).rejects.toThrow();
    expect((await storage.read(KEY)).toString()).toBe("original");
    expect(await driver.rawEntries()).toHaveLength(1);
  });

  it("opens a small file already read and streams a large one, with its size", async () => {
    await storage.write(KEY, Buffer.from("small"));
    const small = await storage.openRead(KEY);
    expect(small.size).toBe(5);
    expect(Buffer.from(small.bytes!).toString()).toBe("small");
    expect(await textOf(small.stream)).toBe("small");

    const big = Buffer.alloc(600 * 1024);
    for (let i = 0; i < big.length; i++) big[i] = i % 251;
    const bigKey = `${USER}/map.png`;
    await storage.write(bigKey, big);
    const opened = await storage.openRead(bigKey);
    expect(opened.size).toBe(big.length);
    expect(opened.bytes).toBeUndefined();
    const chunks: Uint8Array[] = [];
    for await (const part of opened.stream as unknown as AsyncIterable<Uint8Array>) chunks.push(part);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(big)).toBe(true);
  });

  it("lets a stream be cancelled unread, and the file be removed after", async () => {
    await storage.write(KEY, Buffer.alloc(400 * 1024, 3));
    const opened = await storage.openRead(KEY);
    await opened.stream.cancel();
    await storage.remove(KEY);
    expect(await storage.stat(KEY)).toBeNull();
  });

  it("stats size and modification time, and null for a missing file", async () => {
    const before = Date.now();
    await storage.write(KEY, Buffer.alloc(1234));
    const info = await storage.stat(KEY);
    expect(info?.size).toBe(1234);
    // Object stores keep whole seconds.
    expect(info!.modifiedAt.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);
    expect(info!.modifiedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    expect(await storage.stat(`${USER}/missing.png`)).toBeNull();
  });

  it("removes idempotently", async () => {
    await storage.write(KEY, Buffer.from("bytes"));
    await storage.remove(KEY);
    await storage.remove(KEY);
    await storage.remove(`${USER}/never-existed.png`);
    expect(await storage.stat(KEY)).toBeNull();
    expect(await driver.rawEntries()).toEqual([]);
  });

  it("answers a missing file with StoredFileNotFoundError", async () => {
    await expect(storage.read(KEY)).rejects.toThrow(StoredFileNotFoundError);
    await expect(storage.openRead(KEY)).rejects.toThrow(StoredFileNotFoundError);
  });

  it("lists by folder prefix, nested folders included, with size and time", async () => {
    await storage.write(KEY, Buffer.from("a"));
    await storage.write(`${USER}/second.webp`, Buffer.from("bb"));
    await storage.write(`${OTHER}/theirs.png`, Buffer.from("ccc"));
    await storage.write(`derived/${IMAGE}/w32-h0-q0-png.png`, Buffer.from("dddd"));
    await storage.write(`derived/${IMAGE}/w64-h0-q82-webp.webp`, Buffer.from("eeeee"));

    expect(await keysOf(storage.list(""))).toEqual(
      [
        KEY,
        `${USER}/second.webp`,
        `${OTHER}/theirs.png`,
        `derived/${IMAGE}/w32-h0-q0-png.png`,
        `derived/${IMAGE}/w64-h0-q82-webp.webp`,
      ].sort(),
    );
    expect(await keysOf(storage.list(`${USER}/`))).toEqual([KEY, `${USER}/second.webp`]);
    expect(await keysOf(storage.list(`derived/${IMAGE}/`))).toHaveLength(2);
    expect(await keysOf(storage.list(`derived/${OTHER}/`))).toEqual([]);
    const entries: StoredFileEntry[] = [];
    for await (const entry of storage.list(`${OTHER}/`)) entries.push(entry);
    expect(entries.map(({ key, size }) => ({ key, size }))).toEqual([{ key: `${OTHER}/theirs.png`, size: 3 }]);
    expect(Math.abs(entries[0].modifiedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("removes a whole folder prefix and nothing beside it", async () => {
    await storage.write(KEY, Buffer.from("a"));
    await storage.write(`derived/${IMAGE}/w32-h0-q0-png.png`, Buffer.from("b"));
    await storage.write(`derived/${IMAGE}/w64-h0-q0-png.png`, Buffer.from("c"));
    await storage.write(`derived/${OTHER}/w32-h0-q0-png.png`, Buffer.from("d"));
    await storage.removeAll(`derived/${IMAGE}/`);
    await storage.removeAll(`derived/${IMAGE}/`);
    expect(await keysOf(storage.list(""))).toEqual([KEY, `derived/${OTHER}/w32-h0-q0-png.png`].sort());
    await expect(storage.removeAll("")).rejects.toThrow(InvalidStorageKeyError);
  });

  it.each([
    "../escape.png",
    `${USER}/../../escape.png`,
    "/etc/passwd.png",
    `${USER}/.hidden.png`,
    "",
    `${USER}/a b.png`,
  ])("refuses the key %j for every operation", async (key) => {
    await expect(storage.write(key, Buffer.from("x"))).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.read(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.openRead(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.stat(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.remove(key)).rejects.toThrow(InvalidStorageKeyError);
    expect(await driver.rawEntries()).toEqual([]);
  });

  it.each(["..", "derived", `${USER}`, "/", "a//", "../"])("refuses the prefix %j", async (prefix) => {
    await expect(keysOf(storage.list(prefix))).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.removeAll(prefix)).rejects.toThrow(InvalidStorageKeyError);
  });
});

describe("S3Storage's bucket layout and limits", () => {
  it("keeps objects under generated/ as the local root does, beside whatever else the bucket holds", async () => {
    const bucket = await s3.createBucket("layout");
    const storage = s3.storage(bucket);
    try {
      await storage.write(KEY, Buffer.from("a"));
      await storage.write(`derived/${IMAGE}/w32-h0-q0-png.png`, Buffer.from("b"));
      expect(await bucketKeys(s3.client, bucket)).toEqual([
        `generated/${KEY}`,
        `generated/derived/${IMAGE}/w32-h0-q0-png.png`,
      ]);
      const foreign = s3.storage(bucket, { keyPrefix: "elsewhere/" });
      await foreign.write(KEY, Buffer.from("not ours"));
      foreign.destroy();
      expect(await keysOf(storage.list(""))).toEqual([KEY, `derived/${IMAGE}/w32-h0-q0-png.png`].sort());
    } finally {
      storage.destroy();
    }
  });

  it("refuses a stream past its byte cap and leaves no object", async () => {
    const bucket = await s3.createBucket("cap");
    const storage = s3.storage(bucket, { maxStreamBytes: 1024 });
    try {
      async function* tooLong() {
        for (let i = 0; i < 4; i++) yield Buffer.alloc(512);
      }
      await expect(storage.write(KEY, tooLong())).rejects.toThrow(StoredFileTooLargeError);
      expect(await bucketKeys(s3.client, bucket)).toEqual([]);
    } finally {
      storage.destroy();
    }
  });
});

async function keysOf(entries: AsyncIterable<StoredFileEntry>): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of entries) keys.push(entry.key);
  return keys.sort();
}

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
