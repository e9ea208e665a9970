// The storage quota is a hard limit under concurrency: saves of one user at the same moment that
// together pass it are decided one at a time (a reservation under the owner's usage-row lock), so
// exactly the ones that fit are stored and the rest are 413 with no row and no file; a failed
// save gives its reservation back, and a reservation left by a crash expires.
import { createTestUser, resetDatabase } from "../support/db";
import * as gallery from "@/app/api/gallery/images/route";
import { prisma } from "@/lib/db/client";
import { normalizeImage } from "@/lib/images/normalize-image";
import { RESERVATION_TTL_MINUTES } from "@/lib/images/storage-quota";
import { storeImageFile } from "@/lib/images/store-image-file";
import { getFileStorage } from "@/lib/storage";
import { call, smallPng } from "./gallery-helpers";
import { FILLER_PREFIX, fillStorage } from "./storage-helpers";

const savedQuota = process.env.STORAGE_QUOTA_MB;
const MB = 1024 * 1024;

afterAll(() => {
  if (savedQuota === undefined) delete process.env.STORAGE_QUOTA_MB;
  else process.env.STORAGE_QUOTA_MB = savedQuota;
});
beforeEach(async () => {
  await resetDatabase();
  process.env.STORAGE_QUOTA_MB = "1";
});

const upload = async (user: { id: string }) => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(await smallPng())]), "portrait.png");
  return call(gallery.POST, user, "/api/gallery/images", { method: "POST", form });
};

/** What one stored upload of smallPng weighs (the normalised bytes, not the request's). */
async function storedUploadBytes(): Promise<number> {
  return (await normalizeImage(await smallPng())).bytes.length;
}

/** The keys of a user's stored files (the storage is shared by the suite, its rows are not). */
async function storedFiles(userId: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of getFileStorage().list(`${userId}/`)) keys.push(entry.key);
  return keys.sort();
}

const usage = async (userId: string) =>
  Number((await prisma.storageUsage.findUnique({ where: { userId } }))?.storedBytes ?? 0);

describe("concurrent saves of one user", () => {
  test("8 uploads at once with room for 3: exactly 3 stored, 5 refused with 413, rows and files match", async () => {
    const user = await createTestUser();
    const each = await storedUploadBytes();
    await fillStorage(user.id, MB - 3 * each - Math.floor(each / 2)); // room for 3.5 uploads

    const results = await Promise.all(Array.from({ length: 8 }, () => upload(user)));

    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([201, 201, 201, 413, 413, 413, 413, 413]);
    for (const refused of results.filter((result) => result.status === 413)) {
      expect(refused.body.error.code).toBe("STORAGE_QUOTA_EXCEEDED");
      expect(refused.body.error.details).toMatchObject({ quotaBytes: MB, incomingBytes: each });
      expect(refused.body.error.details.usedBytes + each).toBeGreaterThan(MB);
    }
    const images = await prisma.image.findMany({
      where: { ownerId: user.id, NOT: { filename: { startsWith: FILLER_PREFIX } } },
    });
    expect(images).toHaveLength(3);
    expect(await storedFiles(user.id)).toEqual(images.map((image) => image.path).sort());
    const total = await prisma.image.aggregate({ where: { ownerId: user.id }, _sum: { bytes: true } });
    expect(total._sum.bytes).toBeLessThanOrEqual(MB);
    expect(await usage(user.id)).toBe(total._sum.bytes);
    expect(await prisma.storageReservation.count()).toBe(0);
  });

  test("another user's saves are not held back by a full user's", async () => {
    const full = await createTestUser();
    const other = await createTestUser();
    await fillStorage(full.id, MB);
    const results = await Promise.all([upload(full), upload(other), upload(full), upload(other)]);
    expect(results.map((result) => result.status)).toEqual([413, 201, 413, 201]);
    expect(await prisma.image.count({ where: { ownerId: other.id } })).toBe(2);
  });
});

describe("reservations", () => {
  const image = async () => normalizeImage(await smallPng());

  test("a save whose rows fail gives its reservation back and leaves no file", async () => {
    const user = await createTestUser();
    const each = await storedUploadBytes();
    await fillStorage(user.id, MB - each); // room for exactly one
    await expect(
      storeImageFile({ ownerId: user.id }, await image(), async () => {
        expect(await prisma.storageReservation.count()).toBe(1); // held while the rows are made
        throw new Error("constraint");
      }),
    ).rejects.toThrow("constraint");
    expect(await prisma.storageReservation.count()).toBe(0);
    expect(await storedFiles(user.id)).toEqual([]);
    // The room it had reserved is free again.
    expect((await upload(user)).status).toBe(201);
  });

  test("a reservation left by a crash stops counting once expired, and is cleared", async () => {
    const user = await createTestUser();
    const each = await storedUploadBytes();
    const old = new Date(Date.now() - (RESERVATION_TTL_MINUTES + 1) * 60_000);
    const live = { path: `generated/${user.id}/live.png`, ownerId: user.id, bytes: MB - each + 1 };
    await prisma.storageReservation.create({ data: live });
    // A save in flight holds the room: this one does not fit beside it.
    expect((await upload(user)).status).toBe(413);

    await prisma.storageReservation.update({ where: { path: live.path }, data: { createdAt: old } });
    expect((await upload(user)).status).toBe(201);
    expect(await prisma.storageReservation.count()).toBe(0); // the stale one was cleared
  });

  test("without a quota nothing is reserved", async () => {
    process.env.STORAGE_QUOTA_MB = "0";
    const user = await createTestUser();
    let reservations = -1;
    await storeImageFile({ ownerId: user.id }, await image(), async (file) => {
      reservations = await prisma.storageReservation.count();
      return prisma.image.create({ data: { ...file, ownerId: user.id, source: "UPLOAD" } });
    });
    expect(reservations).toBe(0);
    expect(await usage(user.id)).toBe(await storedUploadBytes());
  });
});
