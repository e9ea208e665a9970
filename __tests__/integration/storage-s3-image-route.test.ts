import { createHash } from "node:crypto";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import sharp from "sharp";
// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { bucketKeys, withS3Storage } from "../support/s3-server";
import { GET } from "@/app/api/images/[id]/file/route";
import { prisma } from "@/lib/db/client";
import { buildImageFilename, getFileStorage, S3Storage, storageKeyFor } from "@/lib/storage";
import { removeImageFiles } from "@/lib/storage/remove-image-files";
import { callRoute } from "../support/call-route";

/**
 * The image route with STORAGE_DRIVER=s3 against a real S3 server: originals and derivatives
 * come from the bucket with the same authorization and validators as from local disk, and a
 * derivative stored by one node is what every other node serves.
 */
const s3 = withS3Storage("image-route");
type TestUser = { id: string };
let png: Buffer;

beforeAll(async () => {
  png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 30, g: 90, b: 200, alpha: 1 } } })
    .png()
    .toBuffer();
});
beforeEach(resetDatabase);

async function storeImage(owner: TestUser, bytes = png, size = { width: 40, height: 30 }) {
  const filename = buildImageFilename(owner.id, 0, bytes, "png");
  const key = storageKeyFor(owner.id, filename);
  await getFileStorage().write(key, bytes);
  return prisma.image.create({
    data: {
      ownerId: owner.id,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: bytes.length,
      ...size,
      format: "png",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      source: "UPLOAD",
    },
  });
}

async function getImage(id: string, as: TestUser | undefined, query = "", headers: Record<string, string> = {}) {
  return (await callRoute(GET, { user: as, path: `/api/images/${id}/file${query}`, headers, params: { id } })).response;
}

async function objectBytes(key: string): Promise<Buffer> {
  const { server, bucket } = s3();
  const object = await server.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await object.Body!.transformToByteArray());
}

describe("GET /api/images/[id]/file with STORAGE_DRIVER=s3", () => {
  it("serves the original from the bucket with its validators, and 304 for a current copy", async () => {
    expect(getFileStorage()).toBeInstanceOf(S3Storage);
    const owner = await createTestUser();
    const image = await storeImage(owner);
    expect(await bucketKeys(s3().server.client, s3().bucket)).toContain(`generated/${image.path}`);

    const response = await getImage(image.id, owner);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(png.length));
    expect(response.headers.get("etag")).toBe(`"${image.sha256}"`);
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(response.headers.get("vary")).toBe("Cookie");
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);

    const current = await getImage(image.id, owner, "", { "if-none-match": `"${image.sha256}"` });
    expect(current.status).toBe(304);
    expect(current.headers.get("etag")).toBe(`"${image.sha256}"`);
    expect(await current.text()).toBe("");
  });

  it("streams a large original from the bucket", async () => {
    const owner = await createTestUser();
    const noisy = await sharp({
      create: {
        width: 400,
        height: 400,
        channels: 3,
        background: "#888",
        noise: { type: "gaussian", mean: 128, sigma: 60 },
      },
    })
      .png()
      .toBuffer();
    expect(noisy.length).toBeGreaterThan(256 * 1024); // past the size read whole
    const image = await storeImage(owner, noisy, { width: 400, height: 400 });
    const response = await getImage(image.id, owner);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(noisy.length));
    expect(Buffer.from(await response.arrayBuffer()).equals(noisy)).toBe(true);
  });

  it("makes a derivative once, stores it in the bucket under generated/derived/, answers 304 for it, removes it with the image", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    const response = await getImage(image.id, owner, "?width=32&format=webp");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    const etag = `"${image.sha256}-w32-h0-q82-webp"`;
    expect(response.headers.get("etag")).toBe(etag);
    const served = Buffer.from(await response.arrayBuffer());
    expect((await sharp(served).metadata()).width).toBe(32);

    const key = `generated/derived/${image.id}/w32-h0-q82-webp.webp`;
    expect(await bucketKeys(s3().server.client, s3().bucket)).toContain(key);
    expect((await objectBytes(key)).equals(served)).toBe(true);

    const current = await getImage(image.id, owner, "?width=32&format=webp", { "if-none-match": etag });
    expect(current.status).toBe(304);
    expect(current.headers.get("etag")).toBe(etag);

    // Deleting the image (after its row) takes the original and every derivative out of the bucket.
    await getImage(image.id, owner, "?width=64");
    await prisma.image.delete({ where: { id: image.id } });
    await removeImageFiles([image]);
    expect((await bucketKeys(s3().server.client, s3().bucket)).filter((name) => name.includes(image.id))).toEqual([]);
    expect(await bucketKeys(s3().server.client, s3().bucket)).not.toContain(`generated/${image.path}`);
  });

  it("serves the derivative another node stored in the bucket rather than rendering its own", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    // What another web process made and stored: recognisable bytes at the derivative's key.
    const elsewhere = await sharp(png).resize({ width: 64, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer();
    const marked = Buffer.concat([elsewhere, Buffer.from("made-by-node-2")]);
    await s3().server.client.send(
      new PutObjectCommand({
        Bucket: s3().bucket,
        Key: `generated/derived/${image.id}/w64-h0-q82-webp.webp`,
        Body: marked,
      }),
    );
    const response = await getImage(image.id, owner, "?width=64&format=webp");
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(marked)).toBe(true);
  });

  it("answers someone else 404, matching validator or not, and the file's owner 404 once the object is gone", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const image = await storeImage(owner);
    expect((await getImage(image.id, other)).status).toBe(404);
    expect((await getImage(image.id, other, "", { "if-none-match": `"${image.sha256}"` })).status).toBe(404);
    expect((await getImage(image.id, other, "?width=32")).status).toBe(404);
    expect(await bucketKeys(s3().server.client, s3().bucket)).not.toContain(
      `generated/derived/${image.id}/w32-h0-q0-png.png`,
    );

    await getFileStorage().remove(image.path);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const gone = await getImage(image.id, owner);
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({ error: { code: "NOT_FOUND", message: "Image not found" } });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0][0])).not.toContain(s3().bucket);
    } finally {
      warn.mockRestore();
    }
  });
});
