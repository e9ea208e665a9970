// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import pg from "pg";
import * as images from "@/app/api/gallery/images/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, storeImage } from "./gallery-helpers";

// The image row's copies of its asset's name (migration image_search_vector) and kind (migration
// image_asset_kind), which the gallery search and filters read instead of the asset: they must
// equal the asset's after every kind of write.
withTempStorageRoot("image-asset-name-");
beforeEach(resetDatabase);

const namesOf = async (imageIds: string[]) =>
  (
    await prisma.$queryRaw<{ id: string; assetName: string | null }[]>`
      SELECT id, "assetName" FROM "Image" WHERE id = ANY(${imageIds}::uuid[]) ORDER BY id`
  ).map((row) => row.assetName);
const nameOf = async (imageId: string) => (await namesOf([imageId]))[0];

const galleryNames = async (who: { id: string }, q: string) =>
  (await call(images.GET, who, `/api/gallery/images?q=${encodeURIComponent(q)}&limit=100`)).body.images.map(
    (image: { asset: { name: string } | null }) => image.asset?.name ?? null,
  );

/** Images of one asset inserted in one statement, newest last. */
async function insertImages(ownerId: string, assetId: string, count: number): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "Image" (id, "ownerId", "assetId", path, filename, "mimeType", bytes, width, height, format, sha256, source, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${ownerId}::uuid, ${assetId}::uuid, 'bulk/' || gen_random_uuid() || '.png', 'bulk.png', 'image/png', 10, 1, 1,
           'png', md5(n::text), 'UPLOAD', now() - (n || ' seconds')::interval, now()
    FROM generate_series(1, ${count}::int) n`;
}

describe("Image.assetName", () => {
  it("is the asset's name on insert, follows a move to another asset, and clears when the asset goes", async () => {
    const user = await createTestUser();
    const thorin = await createAsset(user.id, { name: "Thorin Oakenshield" });
    const vexra = await createAsset(user.id, { name: "Vexra Nightbloom" });
    const image = await storeImage(user.id, { assetId: thorin.id });
    const loose = await storeImage(user.id, {});
    expect(await nameOf(image.id)).toBe("Thorin Oakenshield");
    expect(await nameOf(loose.id)).toBeNull();

    await prisma.image.update({ where: { id: image.id }, data: { assetId: vexra.id } });
    expect(await nameOf(image.id)).toBe("Vexra Nightbloom");
    expect(await galleryNames(user, "Vexra")).toEqual(["Vexra Nightbloom"]);
    expect(await galleryNames(user, "Thorin")).toEqual([]);

    await prisma.asset.delete({ where: { id: vexra.id } });
    expect(await nameOf(image.id)).toBeNull();
    expect(await galleryNames(user, "Vexra")).toEqual([]);
  });

  it("cannot be written to anything but the asset's name", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id, { name: "Goblin cave" });
    const image = await storeImage(user.id, { assetId: asset.id });
    await prisma.$executeRaw`UPDATE "Image" SET "assetName" = 'Dragon hoard' WHERE id = ${image.id}::uuid`;
    expect(await nameOf(image.id)).toBe("Goblin cave");
    const loose = await storeImage(user.id, {});
    await prisma.$executeRaw`UPDATE "Image" SET "assetName" = 'Dragon hoard' WHERE id = ${loose.id}::uuid`;
    expect(await nameOf(loose.id)).toBeNull();
    expect(await galleryNames(user, "Dragon")).toEqual([]);
  });

  it("follows a rename to all of an asset's 1,000 images, and a write that renames nothing touches none", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id, { name: "Thorin Oakenshield" });
    const other = await createAsset(user.id, { name: "Thorin Stonehelm" });
    await insertImages(user.id, asset.id, 1000);
    const otherImage = await storeImage(user.id, { assetId: other.id });

    await prisma.asset.update({ where: { id: asset.id }, data: { name: "Balin Fundinul" } });
    const rows = await prisma.$queryRaw<{ name: string | null; count: number }[]>`
      SELECT "assetName" AS name, count(*)::int AS count FROM "Image" WHERE "assetId" = ${asset.id}::uuid GROUP BY 1`;
    expect(rows).toEqual([{ name: "Balin Fundinul", count: 1000 }]);
    expect(await nameOf(otherImage.id)).toBe("Thorin Stonehelm");
    const found = await galleryNames(user, "Balin");
    expect(found).toHaveLength(100);
    expect(new Set(found)).toEqual(new Set(["Balin Fundinul"]));
    expect(await galleryNames(user, "Oakenshield")).toEqual([]);

    // A statement over both assets that changes no name leaves every image row as it was.
    const before = await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "Image" ORDER BY id`;
    await prisma.asset.updateMany({ where: { ownerId: user.id }, data: { visibility: "PARTY" } });
    expect(await prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "Image" ORDER BY id`).toEqual(before);
  });

  it("misses neither side when a rename and an image insert of the same asset overlap", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id, { name: "Old name" });
    const [renamer, inserter] = [
      new pg.Client({ connectionString: process.env.DATABASE_URL }),
      new pg.Client({ connectionString: process.env.DATABASE_URL }),
    ];
    await Promise.all([renamer.connect(), inserter.connect()]);
    const insert = `INSERT INTO "Image" (id, "ownerId", "assetId", path, filename, "mimeType", bytes, width, height, format, sha256, source, "updatedAt")
      VALUES (gen_random_uuid(), $1, $2, 'race/' || gen_random_uuid() || '.png', 'race.png', 'image/png', 10, 1, 1, 'png', 'x', 'UPLOAD', now())
      RETURNING id`;
    const settled = (promise: Promise<unknown>) =>
      Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 300))]);
    try {
      // The rename first: an insert meanwhile waits for it and then reads the new name.
      await renamer.query("BEGIN");
      await renamer.query(`UPDATE "Asset" SET name = 'New name' WHERE id = $1`, [asset.id]);
      const first = inserter.query<{ id: string }>(insert, [user.id, asset.id]);
      expect(await settled(first)).toBe(false);
      await renamer.query("COMMIT");
      const firstId = (await first).rows[0].id;
      expect(await nameOf(firstId)).toBe("New name");

      // The insert first: a rename meanwhile waits for it and then renames its image too.
      await inserter.query("BEGIN");
      const secondId = (await inserter.query<{ id: string }>(insert, [user.id, asset.id])).rows[0].id;
      const rename = renamer.query(`UPDATE "Asset" SET name = 'Newer name' WHERE id = $1`, [asset.id]);
      expect(await settled(rename)).toBe(false);
      await inserter.query("COMMIT");
      await rename;
      expect(await namesOf([firstId, secondId])).toEqual(["Newer name", "Newer name"]);
    } finally {
      await Promise.all([renamer.end(), inserter.end()]);
    }
  });
});

const kindsOf = async (imageIds: string[]) =>
  (
    await prisma.$queryRaw<{ assetKind: string | null }[]>`
      SELECT "assetKind"::text AS "assetKind" FROM "Image" WHERE id = ANY(${imageIds}::uuid[]) ORDER BY id`
  ).map((row) => row.assetKind);
const kindOf = async (imageId: string) => (await kindsOf([imageId]))[0];

/** The gallery's images of one kind, by asset name: the filtered page, then a search under it. */
const galleryOfKind = async (who: { id: string }, kind: string, q?: string) =>
  (
    await call(images.GET, who, `/api/gallery/images?kind=${kind}&limit=100${q ? `&q=${encodeURIComponent(q)}` : ""}`)
  ).body.images.map((image: { asset: { name: string } | null }) => image.asset?.name ?? null);

describe("Image.assetKind", () => {
  it("is the asset's kind on insert, follows a move and the asset's change of kind, clears when the asset goes, and cannot be written", async () => {
    const user = await createTestUser();
    const thorin = await createAsset(user.id, { name: "Thorin Oakenshield", kind: "PORTRAIT" });
    const cave = await createAsset(user.id, { name: "Thorin cave", kind: "MAP" });
    const image = await storeImage(user.id, { assetId: thorin.id });
    const loose = await storeImage(user.id, {});
    expect(await kindOf(image.id)).toBe("PORTRAIT");
    expect(await kindOf(loose.id)).toBeNull();
    expect(await galleryOfKind(user, "portrait")).toEqual(["Thorin Oakenshield"]);
    expect(await galleryOfKind(user, "portrait", "Thorin")).toEqual(["Thorin Oakenshield"]);

    await prisma.image.update({ where: { id: image.id }, data: { assetId: cave.id } });
    expect(await kindOf(image.id)).toBe("MAP");
    expect(await galleryOfKind(user, "portrait", "Thorin")).toEqual([]);
    expect(await galleryOfKind(user, "map", "Thorin")).toEqual(["Thorin cave"]);

    await prisma.$executeRaw`UPDATE "Image" SET "assetKind" = 'TOKEN' WHERE id IN (${image.id}::uuid, ${loose.id}::uuid)`;
    expect(await kindOf(image.id)).toBe("MAP");
    expect(await kindOf(loose.id)).toBeNull();
    expect(await galleryOfKind(user, "token")).toEqual([]);

    await prisma.asset.delete({ where: { id: cave.id } });
    expect(await kindOf(image.id)).toBeNull();
    expect(await galleryOfKind(user, "map")).toEqual([]);
  });

  it("follows a change of kind to all of an asset's 1,000 images in one statement, and a rename keeps it", async () => {
    const user = await createTestUser();
    const asset = await createAsset(user.id, { name: "Goblin cave", kind: "MAP" });
    const other = await createAsset(user.id, { name: "Goblin chief", kind: "PORTRAIT" });
    await insertImages(user.id, asset.id, 1000);
    const otherImage = await storeImage(user.id, { assetId: other.id });

    await prisma.asset.update({ where: { id: asset.id }, data: { kind: "TOKEN" } });
    const rows = await prisma.$queryRaw<{ kind: string | null; name: string | null; count: number }[]>`
      SELECT "assetKind"::text AS kind, "assetName" AS name, count(*)::int AS count FROM "Image"
      WHERE "assetId" = ${asset.id}::uuid GROUP BY 1, 2`;
    expect(rows).toEqual([{ kind: "TOKEN", name: "Goblin cave", count: 1000 }]);
    expect(await kindOf(otherImage.id)).toBe("PORTRAIT");
    expect(await galleryOfKind(user, "token", "Goblin")).toHaveLength(100);
    expect(await galleryOfKind(user, "map", "Goblin")).toEqual([]);

    await prisma.asset.update({ where: { id: asset.id }, data: { name: "Goblin warren" } });
    expect(
      await prisma.$queryRaw`
      SELECT "assetKind"::text AS kind, "assetName" AS name, count(*)::int AS count FROM "Image"
      WHERE "assetId" = ${asset.id}::uuid GROUP BY 1, 2`,
    ).toEqual([{ kind: "TOKEN", name: "Goblin warren", count: 1000 }]);
  });
});
