import { createHash } from "node:crypto";
import sharp from "sharp";
// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { GET } from "@/app/api/images/[id]/file/route";
import { prisma } from "@/lib/db/client";
import { buildImageFilename, getFileStorage, storageKeyFor } from "@/lib/storage";
import { callRoute } from "../support/call-route";

type TestUser = { id: string };

const storageRoot = withTempStorageRoot("image-route-");
let png: Buffer;

beforeAll(async () => {
  png = await sharp({ create: { width: 8, height: 6, channels: 4, background: { r: 200, g: 40, b: 90, alpha: 1 } } })
    .png()
    .toBuffer();
});

beforeEach(resetDatabase);

async function createCampaign(owner: TestUser, players: TestUser[]) {
  return prisma.campaign.create({
    data: {
      ownerId: owner.id,
      name: "Curse of the Test Runner",
      inviteCode: `invite-${Math.random().toString(36).slice(2, 12)}`,
      members: {
        create: [
          { userId: owner.id, role: "DM" },
          ...players.map((player) => ({ userId: player.id, role: "PLAYER" as const })),
        ],
      },
    },
  });
}

/** A real PNG on disk in the temp storage root, and its Image record. */
async function storeImage(owner: TestUser, campaignId: string | null = null) {
  const filename = buildImageFilename(owner.id, 0, png, "png");
  const key = storageKeyFor(owner.id, filename);
  await getFileStorage().write(key, png);
  return prisma.image.create({
    data: {
      ownerId: owner.id,
      campaignId,
      path: key,
      filename,
      mimeType: "image/png",
      bytes: png.length,
      width: 8,
      height: 6,
      format: "png",
      sha256: createHash("sha256").update(png).digest("hex"),
      source: "GENERATED",
    },
  });
}

async function getImage(
  id: string,
  options: { as?: TestUser; headers?: Record<string, string>; method?: string } = {},
) {
  const path = `/api/images/${id}/file`;
  return (
    await callRoute(GET, { user: options.as, path, headers: options.headers, method: options.method, params: { id } })
  ).response;
}

describe("GET /api/images/[id]/file", () => {
  it("streams the owner's image with its type, length and cache validators", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    const response = await getImage(image.id, { as: owner });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-length")).toBe(String(png.length));
    expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
    expect(response.headers.get("etag")).toBe(`"${image.sha256}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it("answers HEAD (which Next routes to GET) with the headers and no body", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    const response = await getImage(image.id, { as: owner, method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(png.length));
    expect(response.headers.get("etag")).toBe(`"${image.sha256}"`);
    expect(response.body).toBeNull();
  });

  it("serves a campaign image the DM revealed to a player of that campaign, not one still hidden", async () => {
    const dm = await createTestUser();
    const player = await createTestUser();
    const campaign = await createCampaign(dm, [player]);
    const image = await storeImage(dm, campaign.id);
    expect((await getImage(image.id, { as: player })).status).toBe(404); // the DM's, not revealed
    const asset = await prisma.asset.create({
      data: { ownerId: dm.id, campaignId: campaign.id, kind: "IMAGE", name: "Handout" },
    });
    await prisma.asset.update({ where: { id: asset.id }, data: { visibility: "PARTY" } });
    await prisma.image.update({ where: { id: image.id }, data: { assetId: asset.id } });
    const response = await getImage(image.id, { as: player });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it("serves a campaign image to the campaign's owner even without a member row", async () => {
    const dm = await createTestUser();
    const player = await createTestUser();
    const campaign = await prisma.campaign.create({
      data: {
        ownerId: dm.id,
        name: "Ownerless roster",
        inviteCode: `invite-${Math.random().toString(36).slice(2, 12)}`,
      },
    });
    const image = await storeImage(player, campaign.id);
    expect((await getImage(image.id, { as: dm })).status).toBe(200);
  });

  it("answers 404, not 403, to a user who is neither owner nor campaign member", async () => {
    const dm = await createTestUser();
    const player = await createTestUser();
    const outsider = await createTestUser();
    const campaign = await createCampaign(dm, [player]);
    const campaignImage = await storeImage(dm, campaign.id);
    const privateImage = await storeImage(player);
    for (const [image, viewer] of [
      [campaignImage, outsider],
      [privateImage, outsider],
      [privateImage, dm], // a campaign member's own image is not the campaign's
    ] as const) {
      const response = await getImage(image.id, { as: viewer });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Image not found" } });
    }
  });

  it("answers an unknown id exactly like someone else's image", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const image = await storeImage(owner);
    const foreign = await getImage(image.id, { as: other });
    const unknown = await getImage("5f0c6d1e-2a3b-4c5d-8e9f-0a1b2c3d4e5f", { as: other });
    expect(unknown.status).toBe(foreign.status);
    expect(await unknown.json()).toEqual(await foreign.json());
  });

  it("answers 401 in the error shape without a session", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    const response = await getImage(image.id);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  });

  it.each(["not-a-uuid", "1", "..%2F..%2Fetc%2Fpasswd"])(
    "answers the same 404 as an unknown image for the malformed id %j",
    async (id) => {
      const owner = await createTestUser();
      const response = await getImage(id, { as: owner });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Image not found" } });
    },
  );

  it("answers 304 with no body for a matching If-None-Match, and 200 for a stale one", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    for (const ifNoneMatch of [`"${image.sha256}"`, `W/"${image.sha256}"`, `"stale", "${image.sha256}"`]) {
      const response = await getImage(image.id, { as: owner, headers: { "if-none-match": ifNoneMatch } });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(`"${image.sha256}"`);
      expect(response.headers.get("cache-control")).toBe("private, max-age=86400");
      expect(await response.text()).toBe("");
    }
    const stale = await getImage(image.id, { as: owner, headers: { "if-none-match": '"0000"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  it("does not let a matching If-None-Match reveal someone else's image", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const image = await storeImage(owner);
    const response = await getImage(image.id, { as: other, headers: { "if-none-match": `"${image.sha256}"` } });
    expect(response.status).toBe(404);
  });

  it("answers 404 in the error shape and logs once, without the path, when the file is gone", async () => {
    const owner = await createTestUser();
    const image = await storeImage(owner);
    await getFileStorage().remove(image.path);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const error = jest.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await getImage(image.id, { as: owner });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Image not found" } });
      expect(warn).toHaveBeenCalledTimes(1);
      expect(error).not.toHaveBeenCalled();
      const logged = String(warn.mock.calls[0][0]);
      expect(logged).toContain(image.id);
      expect(logged).not.toContain(image.path);
      expect(logged).not.toContain(storageRoot());
    } finally {
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
