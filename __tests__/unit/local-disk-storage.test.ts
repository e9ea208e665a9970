import { createHash } from "node:crypto";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import {
  buildImageFilename,
  getFileStorage,
  InvalidStorageKeyError,
  isValidStorageKey,
  LocalDiskStorage,
  StoredFileNotFoundError,
  storageRoot,
} from "@/lib/storage";

const USER = "2b1e4c52-8f3a-4c1d-9e6b-0a7d5f3c2e11";
const KEY = `${USER}/portrait.png`;
let root: string;
let storage: LocalDiskStorage;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "storage-test-"));
  storage = new LocalDiskStorage(root);
});
afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)));
}

async function* chunksThenFailure(): AsyncIterable<Uint8Array> {
  yield Buffer.from("first chunk ");
  yield Buffer.from("second chunk ");
  throw new Error("upstream connection reset");
}

async function textOf(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("utf8");
}

describe("LocalDiskStorage", () => {
  it("writes atomically: the file has the bytes and no temp file is left", async () => {
    const bytes = Buffer.from("png bytes");
    const written = await storage.write(KEY, bytes);
    expect(written.size).toBe(bytes.length);
    expect(await filesUnder(root)).toEqual([path.join(USER, "portrait.png")]);
    expect(await storage.read(KEY)).toEqual(bytes);
    expect(await readFile(path.join(root, USER, "portrait.png"))).toEqual(bytes);
  });

  it("writes a stream of chunks and replaces an existing file whole", async () => {
    await storage.write(KEY, Buffer.from("old"));
    async function* chunks() {
      yield Buffer.from("new ");
      yield Buffer.from("content");
    }
    await storage.write(KEY, chunks());
    expect((await storage.read(KEY)).toString()).toBe("new content");
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it("leaves nothing behind when the byte stream fails mid-write", async () => {
    await expect(storage.write(KEY, chunksThenFailure())).rejects.toThrow("upstream connection reset");
    expect(await filesUnder(root)).toEqual([]);
    expect(await storage.stat(KEY)).toBeNull();
  });

  it("keeps the previous file intact when a replacement write fails", async () => {
    await storage.write(KEY, Buffer.from("original"));
    await expect(storage.write(KEY, chunksThenFailure())).rejects.toThrow();
    expect((await storage.read(KEY)).toString()).toBe("original");
    expect(await filesUnder(root)).toHaveLength(1);
  });

  it("leaves no temp file when the final rename fails", async () => {
    await mkdir(path.join(root, USER, "portrait.png"), { recursive: true }); // a directory in the way
    await expect(storage.write(KEY, Buffer.from("bytes"))).rejects.toThrow();
    expect(await filesUnder(root)).toEqual([]);
  });

  const runsAsRoot = typeof process.getuid === "function" && process.getuid() === 0;
  (runsAsRoot ? it.skip : it)("leaves nothing when the directory is read-only", async () => {
    await mkdir(path.join(root, USER));
    await chmod(path.join(root, USER), 0o555);
    await expect(storage.write(KEY, Buffer.from("bytes"))).rejects.toThrow();
    expect(await filesUnder(root)).toEqual([]);
  });

  it.each([
    "../escape.png",
    `${USER}/../../escape.png`,
    `${USER}/./portrait.png`,
    "/etc/passwd.png",
    `/${KEY}`,
    "portrait.png",
    `${USER}/portrait`,
    `${USER}/portrait.tar.gz`,
    `${USER}/.hidden.png`,
    `${USER}/por trait.png`,
    `${USER}\\portrait.png`,
    `${USER}//portrait.png`,
    `${USER}/portrait.png/`,
    `${USER}/%2e%2e.png`,
    `${USER}/portrait.png\0.txt`,
    "",
  ])("refuses the key %j for every operation", async (key) => {
    await expect(storage.write(key, Buffer.from("x"))).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.read(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.openRead(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.stat(key)).rejects.toThrow(InvalidStorageKeyError);
    await expect(storage.remove(key)).rejects.toThrow(InvalidStorageKeyError);
    expect(await filesUnder(root)).toEqual([]);
    await expect(readFile(path.join(root, "..", "escape.png"))).rejects.toThrow();
  });

  it("stores a key at its path below the root", async () => {
    await storage.write(KEY, Buffer.from("bytes"));
    expect((await readFile(path.join(root, USER, "portrait.png"))).toString()).toBe("bytes");
  });

  it("removes idempotently", async () => {
    await storage.write(KEY, Buffer.from("bytes"));
    await storage.remove(KEY);
    await storage.remove(KEY);
    await storage.remove(`${USER}/never-existed.png`);
    expect(await storage.stat(KEY)).toBeNull();
  });

  it("reports a missing file as StoredFileNotFoundError or a null stat", async () => {
    await expect(storage.read(KEY)).rejects.toThrow(StoredFileNotFoundError);
    await expect(storage.openRead(KEY)).rejects.toThrow(StoredFileNotFoundError);
    expect(await storage.stat(KEY)).toBeNull();
  });

  it("streams a file with its size, across several chunks", async () => {
    const big = Buffer.alloc(200 * 1024, "a");
    await storage.write(KEY, big);
    const opened = await storage.openRead(KEY);
    expect(opened.size).toBe(big.length);
    expect(await textOf(opened.stream)).toBe(big.toString());
    const info = await storage.stat(KEY);
    expect(info?.size).toBe(big.length);
    expect(Number.isFinite(info?.modifiedAt.getTime())).toBe(true);
  });

  it("closes the file when a stream is cancelled", async () => {
    await storage.write(KEY, Buffer.from("bytes"));
    const opened = await storage.openRead(KEY);
    await opened.stream.cancel();
    await storage.remove(KEY);
    expect(await storage.stat(KEY)).toBeNull();
  });
});

describe("getFileStorage", () => {
  const saved = process.env.STORAGE_ROOT;
  afterEach(() => {
    if (saved === undefined) delete process.env.STORAGE_ROOT;
    else process.env.STORAGE_ROOT = saved;
  });

  it("uses STORAGE_ROOT when set, and public/uploads/generated otherwise", () => {
    process.env.STORAGE_ROOT = root;
    const configured = getFileStorage();
    expect(configured).toBeInstanceOf(LocalDiskStorage);
    expect((configured as LocalDiskStorage).root).toBe(root);
    expect(getFileStorage()).toBe(configured); // one driver while the configuration stays
    delete process.env.STORAGE_ROOT;
    expect(storageRoot()).toBe(path.join(process.cwd(), "public", "uploads", "generated"));
  });
});

describe("buildImageFilename", () => {
  const bytes = Buffer.from("some image bytes");
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 12);

  it("builds {userId}_{timestamp}_{index}_{hash}.{ext}", () => {
    const name = buildImageFilename(USER, 2, bytes, "png", new Date(1_700_000_000_123));
    expect(name).toBe(`${USER}_1700000000123_2_${hash}.png`);
    expect(isValidStorageKey(`${USER}/${name}`)).toBe(true);
  });

  it("normalizes the extension and refuses odd inputs", () => {
    expect(buildImageFilename(USER, 0, bytes, ".PNG")).toMatch(new RegExp(`^${USER}_\\d+_0_${hash}\\.png$`));
    expect(() => buildImageFilename("../x", 0, bytes, "png")).toThrow(TypeError);
    expect(() => buildImageFilename("a_b", 0, bytes, "png")).toThrow(TypeError);
    expect(() => buildImageFilename(USER, -1, bytes, "png")).toThrow(TypeError);
    expect(() => buildImageFilename(USER, 1.5, bytes, "png")).toThrow(TypeError);
    expect(() => buildImageFilename(USER, 0, bytes, "p/ng")).toThrow(TypeError);
    expect(() => buildImageFilename(USER, 0, bytes, "")).toThrow(TypeError);
  });
});
