import { readdir } from "node:fs/promises";
import sharp from "sharp";
// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as upload from "@/app/api/v1/generations/[generationId]/upload/route";
import * as gallery from "@/app/api/gallery/images/route";
import * as fileRoute from "@/app/api/v1/files/images/[imageId]/route";
import { prisma } from "@/lib/db/client";
import { MAX_VARIANTS_PER_IMAGE } from "@/lib/images/derivatives";
import { MAX_UPLOAD_BYTES, UPLOAD_FORM_LIMIT_BYTES } from "@/lib/uploads/read-upload";
import { routeRequest } from "../support/call-route";
import { call, createAsset, createGenerationWithImage, smallPng } from "./gallery-helpers";

const storageRoot = withTempStorageRoot("uploads-", { emptyBeforeEach: true });
beforeEach(resetDatabase);

const form = (bytes: Uint8Array, name = "portrait.png") => {
  const data = new FormData();
  data.set("file", new Blob([new Uint8Array(bytes)]), name);
  return data;
};

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(storageRoot(), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

/** A valid PNG header claiming width×height, with a tiny body: a decompression-bomb shape. */
function pngClaiming(width: number, height: number, base: Buffer): Buffer {
  const copy = Buffer.from(base);
  copy.writeUInt32BE(width, 16);
  copy.writeUInt32BE(height, 20);
  copy.writeUInt32BE(crc32(copy.subarray(12, 29)), 29);
  return copy;
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

describe("uploads are checked by decoding, and bad ones store nothing", () => {
  it.each([
    ["not an image", async () => Buffer.from("<html>definitely not a png</html>"), 415],
    ["a truncated PNG", async () => (await smallPng()).subarray(0, 60), 400],
    ["a 30,000×30,000 PNG", async () => pngClaiming(30_000, 30_000, await smallPng()), 413],
    ["a file over the size limit", async () => Buffer.alloc(MAX_UPLOAD_BYTES + 1, 1), 413],
  ])("refuses %s", async (_label, make, status) => {
    const user = await createTestUser();
    const result = await call(gallery.POST, user, "/api/gallery/images", { method: "POST", form: form(await make()) });
    expect(result.status).toBe(status);
    expect(result.body.error.code).toBeDefined();
    expect(await prisma.image.count()).toBe(0);
    expect(await prisma.asset.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("stops reading a chunked body without Content-Length at the limit: 413, nothing stored", async () => {
    const user = await createTestUser();
    const encoded = new Response(form(Buffer.alloc(3 * MAX_UPLOAD_BYTES, 1)));
    const contentType = encoded.headers.get("content-type") ?? "";
    const whole = Buffer.from(await encoded.arrayBuffer());
    let sent = 0;
    const chunked = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= whole.length) return controller.close();
        const chunk = whole.subarray(sent, sent + 256 * 1024);
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const base = await routeRequest({ user, path: "/api/gallery/images" });
    const headers = new Headers(base.headers);
    headers.set("content-type", contentType);
    const request = new Request(base.url, { method: "POST", headers, body: chunked, duplex: "half" } as RequestInit);
    const response = await gallery.POST(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("TOO_LARGE");
    expect(sent).toBeLessThan(UPLOAD_FORM_LIMIT_BYTES + 2 * 256 * 1024);
    expect(await prisma.image.count()).toBe(0);
    expect(await prisma.asset.count()).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("keeps a web format in its format and stores other formats as WebP, not as a larger PNG", async () => {
    const user = await createTestUser();
    const noisy = await sharp(Buffer.from(Array.from({ length: 300 * 200 * 3 }, (_, i) => (i * 7919) % 251)), {
      raw: { width: 300, height: 200, channels: 3 },
    });
    const cases = [
      ["scan.tiff", await noisy.clone().tiff({ compression: "jpeg", quality: 80 }).toBuffer(), "webp"],
      ["photo.jpg", await noisy.clone().jpeg().toBuffer(), "jpeg"],
      ["art.webp", await noisy.clone().webp().toBuffer(), "webp"],
      ["plan.png", await noisy.clone().png().toBuffer(), "png"],
    ] as const;
    for (const [name, bytes, format] of cases) {
      const result = await call(gallery.POST, user, "/api/gallery/images", { method: "POST", form: form(bytes, name) });
      expect(result.status).toBe(201);
      const image = await prisma.image.findUniqueOrThrow({ where: { id: result.body.id } });
      expect(image.format).toBe(format);
      if (name === "scan.tiff") expect(image.bytes).toBeLessThan(bytes.length * 2);
    }
  });

  it("stores a good upload as an asset and image, with GPS metadata stripped", async () => {
    const user = await createTestUser();
    const jpeg = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#884422" } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const result = await call(gallery.POST, user, "/api/gallery/images", {
      method: "POST",
      form: form(jpeg, "Tavern_Keeper.jpg"),
    });
    expect(result.status).toBe(201);
    const image = await prisma.image.findUniqueOrThrow({ where: { id: result.body.id }, include: { asset: true } });
    expect(image).toMatchObject({ source: "UPLOAD", width: 40, height: 30, format: "jpeg" });
    expect(image.asset?.name).toBe("Tavern Keeper");
    const file = await call(fileRoute.GET, user, `/api/v1/files/images/${image.id}`, { params: { imageId: image.id } });
    const bytes = Buffer.from(await file.response.arrayBuffer());
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
  });

  it("uploads a generation's file (multipart), replacing the previous one; outsiders 404", async () => {
    const [user, outsider] = [await createTestUser(), await createTestUser()];
    const asset = await createAsset(user.id);
    const { generation, image: old } = await createGenerationWithImage(user.id, asset.id, { status: "PENDING" });
    const webp = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#123456" } })
      .webp()
      .toBuffer();
    const params = { generationId: generation.id };
    expect((await call(upload.POST, outsider, "", { method: "POST", params, form: form(webp) })).status).toBe(404);
    expect((await call(upload.POST, null, "", { method: "POST", params, form: form(webp) })).status).toBe(401);
    const result = await call(upload.POST, user, "", { method: "POST", params, form: form(webp, "x.webp") });
    expect(result.status).toBe(201);
    expect(result.body).toMatchObject({
      file_size: expect.any(Number),
      dimensions: { width: 20, height: 10 },
      format: "webp",
      image_url: expect.stringMatching(/^\/api\/v1\/files\/images\//),
    });
    expect(await prisma.image.findUnique({ where: { id: old.id } })).toBeNull();
    expect((await prisma.generation.findUniqueOrThrow({ where: { id: generation.id } })).status).toBe("COMPLETED");
    expect(await storedFiles()).toHaveLength(1);
  });
});

describe("image serving with derivatives", () => {
  it("resizes and converts once, caches on disk, and varies the ETag with the options", async () => {
    const [user, outsider] = [await createTestUser(), await createTestUser()];
    const asset = await createAsset(user.id);
    const { image } = await createGenerationWithImage(user.id, asset.id);
    const get = (who: { id: string } | null, qs: string) =>
      call(fileRoute.GET, who, `/api/v1/files/images/${image.id}${qs}`, { params: { imageId: image.id } });
    const original = await get(user, "");
    const small = await get(user, "?width=32&format=webp&quality=60");
    expect(small.response.headers.get("content-type")).toBe("image/webp");
    expect(small.response.headers.get("etag")).not.toBe(original.response.headers.get("etag"));
    expect(small.response.headers.get("cache-control")).toBe("private, max-age=86400");
    const meta = await sharp(Buffer.from(await small.response.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([32, 24]);
    expect(await storedFiles()).toContain("w32-h0-q60-webp.webp");
    const jpg = await get(user, "?height=32&format=jpg");
    expect(jpg.response.headers.get("content-type")).toBe("image/jpeg");
    const etag = small.response.headers.get("etag")!;
    const headers = { "if-none-match": etag };
    const revalidated = await call(
      fileRoute.GET,
      user,
      `/api/v1/files/images/${image.id}?width=32&format=webp&quality=60`,
      { headers, params: { imageId: image.id } },
    );
    expect(revalidated.status).toBe(304);
    const otherVariant = await call(
      fileRoute.GET,
      user,
      `/api/v1/files/images/${image.id}?width=64&format=webp&quality=60`,
      { headers, params: { imageId: image.id } },
    );
    expect(otherVariant.status).toBe(200);
    expect((await get(user, "?width=5000")).status).toBe(400);
    expect((await get(user, "?width=33")).status).toBe(400);
    expect((await get(user, "?format=gif")).status).toBe(400);
    expect((await get(outsider, "?width=32")).status).toBe(404);
    expect((await get(null, "")).status).toBe(401);
  });

  it("makes no cache file for options with no effect, one per rounded quality, and at most a fixed number per image", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id);
    const { image } = await createGenerationWithImage(user.id, asset.id);
    expect(image.format).toBe("png");
    const get = (qs: string) =>
      call(fileRoute.GET, user, `/api/v1/files/images/${image.id}${qs}`, { params: { imageId: image.id } });
    const before = await storedFiles();
    for (const qs of ["?quality=10", "?quality=90&format=png", "?format=png"]) {
      const result = await get(qs);
      expect(result.status).toBe(200);
      expect(result.response.headers.get("content-type")).toBe("image/png");
    }
    expect(await storedFiles()).toEqual(before);
    await get("?width=32&quality=10");
    await get("?width=32&quality=90");
    expect((await storedFiles()).filter((name) => name.startsWith("w32-"))).toEqual(["w32-h0-q0-png.png"]);
    await get("?width=32&format=webp&quality=71");
    await get("?width=32&format=webp&quality=77");
    expect((await storedFiles()).filter((name) => name.endsWith(".webp"))).toEqual(["w32-h0-q75-webp.webp"]);

    for (const width of [64, 128, 160, 240, 256, 384, 512]) {
      for (const format of ["webp", "jpg"]) {
        for (const quality of [40, 90])
          expect((await get(`?width=${width}&format=${format}&quality=${quality}`)).status).toBe(200);
      }
    }
    const derived = (await storedFiles()).filter((name) => /^w\d+-h\d+-q\d+-/.test(name));
    expect(derived.length).toBe(MAX_VARIANTS_PER_IMAGE);
    const pastCap = await get("?width=1024&format=webp");
    expect(pastCap.status).toBe(200);
    expect(pastCap.response.headers.get("content-type")).toBe("image/webp");
    expect((await storedFiles()).filter((name) => /^w\d+-h\d+-q\d+-/.test(name))).toHaveLength(MAX_VARIANTS_PER_IMAGE);
  });
});
