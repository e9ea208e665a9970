// StorageUsage, what the storage quota reads instead of a SUM per save, stays exactly the sum of
// each user's Image bytes through every way rows come and go: inserts one by one and in bulk,
// bulk deletes, a change of bytes or owner, links that are cleared (asset, generation, campaign)
// and the cascade of a user's deletion. An insert takes the reservation of its path with it.
import { createTestUser, resetDatabase } from "../support/db";
import { prisma } from "@/lib/db/client";
import { createAsset, createCampaign } from "./gallery-helpers";
import { fileLessImageRow as imageRow } from "./storage-helpers";

beforeEach(resetDatabase);

/** Every user's kept total beside the SUM it stands for (users without images: 0 or no row). */
async function expectExact() {
  const sums = await prisma.image.groupBy({ by: ["ownerId"], _sum: { bytes: true } });
  const kept = await prisma.storageUsage.findMany();
  const expected = Object.fromEntries(sums.map((row) => [row.ownerId, row._sum.bytes ?? 0]));
  const actual = Object.fromEntries(
    kept.filter((row) => row.storedBytes !== 0n).map((row) => [row.userId, Number(row.storedBytes)]),
  );
  expect(actual).toEqual(expected);
}

const usageOf = async (userId: string) =>
  Number((await prisma.storageUsage.findUnique({ where: { userId } }))?.storedBytes ?? -1);

test("inserts one by one and in bulk, bulk deletes, changes of bytes and owner keep it exact", async () => {
  const alice = await createTestUser();
  const bob = await createTestUser();
  const single = await prisma.image.create({ data: imageRow(alice.id, 1000) });
  await prisma.image.createMany({
    data: [imageRow(alice.id, 200), imageRow(bob.id, 30), imageRow(bob.id, 4), imageRow(alice.id, 5)],
  });
  expect(await usageOf(alice.id)).toBe(1205);
  expect(await usageOf(bob.id)).toBe(34);
  await expectExact();

  await prisma.image.update({ where: { id: single.id }, data: { bytes: 1500 } });
  expect(await usageOf(alice.id)).toBe(1705);
  await prisma.image.update({ where: { id: single.id }, data: { ownerId: bob.id } });
  expect(await usageOf(alice.id)).toBe(205);
  expect(await usageOf(bob.id)).toBe(1534);
  // Other columns do not touch it.
  await prisma.image.updateMany({ data: { isFavorite: true, tags: ["x"] } });
  await expectExact();

  await prisma.image.deleteMany({ where: { bytes: { lt: 100 } } }); // from both users at once
  expect(await usageOf(alice.id)).toBe(200);
  expect(await usageOf(bob.id)).toBe(1500);
  await prisma.image.deleteMany({});
  expect(await usageOf(alice.id)).toBe(0);
  expect(await usageOf(bob.id)).toBe(0);
  await expectExact();
});

test("cleared links keep the images and their bytes; a user's deletion takes the row with the cascade", async () => {
  const dm = await createTestUser();
  const other = await createTestUser();
  const campaign = await createCampaign(dm);
  const asset = await createAsset(dm.id, { campaignId: campaign.id });
  await prisma.image.createMany({
    data: [
      imageRow(dm.id, 70, { assetId: asset.id, campaignId: campaign.id }),
      imageRow(dm.id, 7),
      imageRow(other.id, 9),
    ],
  });
  await prisma.asset.delete({ where: { id: asset.id } });
  await prisma.campaign.delete({ where: { id: campaign.id } });
  expect(await usageOf(dm.id)).toBe(77);
  await expectExact();

  await prisma.user.delete({ where: { id: dm.id } }); // its images go by cascade
  expect(await prisma.storageUsage.findUnique({ where: { userId: dm.id } })).toBeNull();
  expect(await usageOf(other.id)).toBe(9);
  await expectExact();
});

test("an Image insert takes the reservation of its path, in the same transaction", async () => {
  const user = await createTestUser();
  const row = imageRow(user.id, 50);
  await prisma.storageReservation.createMany({
    data: [
      { path: row.path, ownerId: user.id, bytes: 50 },
      { path: `${user.id}/another.png`, ownerId: user.id, bytes: 60 },
    ],
  });
  await expect(
    prisma.$transaction(async (tx) => {
      await tx.image.create({ data: row });
      expect(await tx.storageReservation.count()).toBe(1);
      throw new Error("rolled back");
    }),
  ).rejects.toThrow("rolled back");
  expect(await prisma.storageReservation.count()).toBe(2); // the rollback kept it
  await prisma.image.create({ data: row });
  expect((await prisma.storageReservation.findMany()).map((r) => r.path)).toEqual([`${user.id}/another.png`]);
  expect(await usageOf(user.id)).toBe(50);
});
