// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as images from "@/app/api/gallery/images/route";
import * as bulk from "@/app/api/gallery/images/bulk/route";
import { prisma } from "@/lib/db/client";
import {
  call,
  createAsset,
  createCampaign,
  createGenerationWithImage,
  fileExists,
  storeImage,
} from "./gallery-helpers";

withTempStorageRoot("gallery-images-");
beforeEach(resetDatabase);

const list = (who: { id: string } | null, qs = "") => call(images.GET, who, `/api/gallery/images${qs}`);
const ids = async (who: { id: string }, qs: string) =>
  (await list(who, qs)).body.images.map((image: { asset: { name: string } }) => image.asset.name);

describe("GET /api/gallery/images", () => {
  it("pages by cursor with no duplicates or gaps, both directions", async () => {
    const user = await createTestUser();
    const same = new Date("2026-05-01T00:00:00Z");
    for (let i = 0; i < 7; i++) {
      const asset = await createAsset(user.id, { name: `img${i}` });
      // Two share a timestamp: the id tie-break must keep the keyset exact.
      await storeImage(user.id, { assetId: asset.id, createdAt: i < 2 ? same : new Date(Date.UTC(2026, 4, 2 + i)) });
    }
    for (const sort of ["newest", "oldest", "name"]) {
      const seen: string[] = [];
      let cursor: string | null = "";
      while (cursor !== null) {
        const page: { body: { images: { id: string }[]; next_cursor: string | null } } = await list(
          user,
          `?limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...page.body.images.map((image) => image.id));
        cursor = page.body.next_cursor;
      }
      expect(new Set(seen).size).toBe(7);
      expect(seen).toHaveLength(7);
    }
    expect((await list(user, "?cursor=garbage")).status).toBe(400);
    expect((await list(user, "?limit=0")).status).toBe(400);
  });

  it("filters by kind, source, tags, favorites, campaign, character, dates, model and fuzzy q", async () => {
    const [user, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(user, [player]);
    const map = await createAsset(user.id, {
      name: "Goblin cave",
      kind: "MAP",
      campaignId: campaign.id,
      revealed: true,
    });
    await storeImage(user.id, {
      assetId: map.id,
      campaignId: campaign.id,
      tags: ["cave"],
      model: "gpt-image-1",
      createdAt: new Date("2026-01-10T00:00:00Z"),
    });
    const portrait = await createAsset(user.id, { name: "Thorin Oakenshield", kind: "PORTRAIT" });
    const character = await prisma.characterProfile.create({
      data: {
        ownerId: user.id,
        name: "Thorin",
        race: "dwarf",
        characterClass: "fighter",
        portraitAssetId: portrait.id,
      },
    });
    await storeImage(user.id, {
      assetId: portrait.id,
      tags: ["cave", "hero"],
      createdAt: new Date("2026-02-10T00:00:00Z"),
    });
    const upload = await createAsset(user.id, { name: "Tavern sketch" });
    const uploaded = await storeImage(user.id, {
      assetId: upload.id,
      source: "UPLOAD",
      createdAt: new Date("2026-03-10T00:00:00Z"),
    });
    await prisma.image.update({ where: { id: uploaded.id }, data: { isFavorite: true } });

    expect(await ids(user, "?kind=map")).toEqual(["Goblin cave"]);
    expect(await ids(user, "?kind=other")).toEqual(["Tavern sketch"]);
    expect(await ids(user, "?source=upload")).toEqual(["Tavern sketch"]);
    expect(await ids(user, "?tags=cave")).toEqual(["Thorin Oakenshield", "Goblin cave"]);
    expect(await ids(user, "?tags=cave,hero")).toEqual(["Thorin Oakenshield"]);
    expect(await ids(user, "?favorites=true")).toEqual(["Tavern sketch"]);
    expect(await ids(user, `?campaign=${campaign.id}`)).toEqual(["Goblin cave"]);
    expect(await ids(user, `?character=${character.id}`)).toEqual(["Thorin Oakenshield"]);
    expect(await ids(user, "?from=2026-02-01&to=2026-02-28")).toEqual(["Thorin Oakenshield"]);
    expect(await ids(user, "?model=gpt-image-1")).toEqual(["Goblin cave"]);
    expect((await ids(user, "?q=Thorin%20Okenshield"))[0]).toBe("Thorin Oakenshield");
    expect(await ids(player, "")).toEqual(["Goblin cave"]);
    expect(await ids(outsider, "")).toEqual([]);
    expect((await list(null)).status).toBe(401);
  });

  it("applies the same filters on the sorted pages and on the fuzzy search (one definition)", async () => {
    const [user, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
    const campaign = await createCampaign(user, [player]);
    const other = await createCampaign(outsider);
    const portrait = await createAsset(user.id, { name: "Dragon portrait", kind: "PORTRAIT" });
    const character = await prisma.characterProfile.create({
      data: { ownerId: user.id, name: "Vex", race: "elf", characterClass: "rogue", portraitAssetId: portrait.id },
    });
    const tagged = await createAsset(user.id, { name: "Dragon tagged", kind: "TOKEN" });
    const kinds = ["MAP", "PORTRAIT", "TOKEN", "IMAGE"] as const;
    for (let i = 0; i < 16; i++) {
      const owner = i % 5 === 4 ? player : user;
      const campaignId = i % 3 === 0 ? campaign.id : null;
      const asset =
        i === 1
          ? portrait
          : i === 2
            ? tagged
            : await createAsset(owner.id, { name: `Dragon lair ${i}`, kind: kinds[i % 4], campaignId, revealed: true });
      const image = await storeImage(owner.id, {
        assetId: asset.id,
        campaignId,
        source: i % 4 === 3 ? "UPLOAD" : "GENERATED",
        tags: [`t${i % 3}`, ...(i % 2 ? ["odd"] : [])],
        model: `m${i % 2}`,
        createdAt: new Date(Date.UTC(2026, 0, 1 + i * 3)),
      });
      if (i % 4 === 1) await prisma.image.update({ where: { id: image.id }, data: { isFavorite: true } });
      if (i === 2)
        await prisma.imageTag.create({ data: { imageId: image.id, tagType: "CHARACTER", tagId: character.id } });
    }
    // Invisible to user and player: another campaign's image that matches everything else.
    const hidden = await createAsset(outsider.id, { name: "Dragon hidden", kind: "MAP", campaignId: other.id });
    await storeImage(outsider.id, { assetId: hidden.id, campaignId: other.id, tags: ["t0", "odd"], model: "m0" });

    const filterSets = [
      "",
      "&kind=map",
      "&kind=other&source=upload",
      "&tags=t1,odd",
      "&favorites=true",
      "&favorites=false&model=m0",
      `&campaign=${campaign.id}`,
      `&character=${character.id}`,
      "&from=2026-01-10&to=2026-02-01",
      "&kind=portrait&tags=t1&from=2026-01-01",
    ];
    const idSet = async (who: { id: string }, qs: string) => {
      const result = await list(who, `?limit=100${qs}`);
      expect(result.status).toBe(200);
      return (result.body.images as { id: string }[]).map((image) => image.id).sort();
    };
    for (const who of [user, player]) {
      for (const filters of filterSets) {
        const sorted = await idSet(who, `&sort=newest${filters}`);
        expect(await idSet(who, `&q=dragon&sort=relevance${filters}`)).toEqual(sorted);
        expect(await idSet(who, `&q=dragon&sort=name${filters}`)).toEqual(sorted);
        expect(await idSet(who, `&q=dragon&sort=oldest${filters}`)).toEqual(sorted);
      }
    }
    // The sets are not trivially empty or everything.
    expect(await idSet(user, "")).toHaveLength(14);
    expect(await idSet(player, "")).toHaveLength(3 + 6 - 1);
    expect(await idSet(user, `&character=${character.id}`)).toHaveLength(2);
  });
});

describe("POST /api/gallery/images/bulk", () => {
  it("tags, untags, favorites and deletes, reporting ids the user cannot change", async () => {
    const [user, other] = [await createTestUser(), await createTestUser()];
    const asset = await createAsset(user.id, { name: "Knight" });
    const { image } = await createGenerationWithImage(user.id, asset.id);
    const loose = await storeImage(user.id, { assetId: (await createAsset(user.id)).id, source: "UPLOAD" });
    const foreign = await storeImage(other.id, { assetId: (await createAsset(other.id)).id });
    const run = (action: string, imageIds: string[], tags?: string[]) =>
      call(bulk.POST, user, "/api/gallery/images/bulk", {
        method: "POST",
        body: { action, image_ids: imageIds, tags },
      });

    const tagged = await run("tag", [image.id, loose.id, foreign.id], ["hero", "knight"]);
    expect(tagged.body).toEqual({
      updated: expect.arrayContaining([image.id, loose.id]),
      failed: [{ image_id: foreign.id, error: "Image not found" }],
    });
    expect((await prisma.image.findUniqueOrThrow({ where: { id: image.id } })).tags).toEqual(["hero", "knight"]);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: asset.id } })).tags).toEqual(["hero", "knight"]);
    await run("untag", [image.id], ["knight"]);
    expect((await prisma.image.findUniqueOrThrow({ where: { id: image.id } })).tags).toEqual(["hero"]);
    await run("favorite", [image.id, loose.id]);
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: asset.id } })).favoriteGenerationId).toBe(
      image.generationId,
    );
    expect((await prisma.image.findUniqueOrThrow({ where: { id: loose.id } })).isFavorite).toBe(true);
    await run("delete", [image.id, foreign.id]);
    expect(await prisma.image.findUnique({ where: { id: image.id } })).toBeNull();
    expect(await prisma.asset.findUnique({ where: { id: asset.id } })).toBeNull();
    expect(await fileExists(image.path)).toBe(false);
    expect(await prisma.image.findUnique({ where: { id: foreign.id } })).not.toBeNull();
    expect((await call(bulk.POST, null, "/api/gallery/images/bulk", { method: "POST", body: {} })).status).toBe(401);
  });
});

describe("GET /api/gallery/images/zip", () => {
  it("zips the images the user may see, by asset name; others' ids are skipped", async () => {
    const { GET } = await import("@/app/api/gallery/images/zip/route");
    const [user, other] = [await createTestUser(), await createTestUser()];
    const mine = await storeImage(user.id, { assetId: (await createAsset(user.id, { name: "Red Dragon" })).id });
    const theirs = await storeImage(other.id, { assetId: (await createAsset(other.id, { name: "Secret" })).id });
    const { response } = await call(GET, user, `/api/gallery/images/zip?ids=${mine.id},${theirs.id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const zip = Buffer.from(await response.arrayBuffer());
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.includes(Buffer.from("Red Dragon.png"))).toBe(true);
    expect(zip.includes(Buffer.from("Secret"))).toBe(false);
    expect((await call(GET, other, `/api/gallery/images/zip?ids=${mine.id}`)).status).toBe(404);
    expect((await call(GET, null, `/api/gallery/images/zip?ids=${mine.id}`)).status).toBe(401);
  });

  it("refuses a zip past the byte cap with a 413 before sending anything", async () => {
    const { GET } = await import("@/app/api/gallery/images/zip/route");
    const user = await createTestUser();
    const image = await storeImage(user.id, { assetId: (await createAsset(user.id, { name: "Big Map" })).id });
    const saved = process.env.DOWNLOAD_ZIP_MAX_MB;
    process.env.DOWNLOAD_ZIP_MAX_MB = String(image.bytes / 2 / 1048576);
    try {
      const refused = await call(GET, user, `/api/gallery/images/zip?ids=${image.id}`);
      expect(refused.status).toBe(413);
      expect(refused.body.error.code).toBe("TOO_LARGE");
    } finally {
      if (saved === undefined) delete process.env.DOWNLOAD_ZIP_MAX_MB;
      else process.env.DOWNLOAD_ZIP_MAX_MB = saved;
    }
    const allowed = await call(GET, user, `/api/gallery/images/zip?ids=${image.id}`);
    expect(allowed.status).toBe(200);
    const zip = Buffer.from(await allowed.response.arrayBuffer());
    expect(zip.length).toBe(Number(allowed.response.headers.get("content-length")));
  });
});
