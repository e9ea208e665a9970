import { utimes } from "node:fs/promises";
// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as fileRoute from "@/app/api/v1/files/images/[imageId]/route";
import { prisma } from "@/lib/db/client";
import {
  DEFAULT_ORPHAN_SWEEP_CRON,
  ORPHAN_SWEEP_QUEUE,
  startOrphanSweepSchedule,
} from "@/lib/storage/orphan-sweep-job";
import { sweepOrphanFiles } from "@/lib/storage/sweep-orphan-files";
import { getBoss, stopBoss } from "@/lib/generation/queue";
import { getFileStorage } from "@/lib/storage";
import { call, createAsset, fileExists, storeImage } from "./gallery-helpers";
import { waitFor } from "../support/wait-for";

withTempStorageRoot("orphan-sweep-");
beforeEach(resetDatabase);
afterAll(stopBoss);

const age = async (key: string) => {
  const old = new Date(Date.now() - 60 * 60 * 1000);
  await utimes(getFileStorage().absolutePath(key), old, old);
};

describe("sweepOrphanFiles", () => {
  it("removes old files and derivative folders without rows, keeps the rest and young files", async () => {
    const user = await createTestUser();
    const kept = await storeImage(user.id, { assetId: (await createAsset(user.id)).id });
    const orphan = await storeImage(user.id);
    const young = await storeImage(user.id);
    // A derivative of each, then the orphan's and the young one's rows vanish behind our back.
    await call(fileRoute.GET, user, `/api/v1/files/images/${kept.id}?width=32`, { params: { imageId: kept.id } });
    await call(fileRoute.GET, user, `/api/v1/files/images/${orphan.id}?width=32`, { params: { imageId: orphan.id } });
    await prisma.image.deleteMany({ where: { id: { in: [orphan.id, young.id] } } });
    await age(kept.path);
    await age(orphan.path);

    const result = await sweepOrphanFiles();
    expect(result.removedFiles).toEqual([orphan.path]);
    expect(result.removedDerivativeFolders).toEqual([orphan.id]);
    expect(await fileExists(kept.path)).toBe(true);
    expect(await fileExists(young.path)).toBe(true);
    expect(await fileExists(orphan.path)).toBe(false);
    expect(await fileExists(`derived/${kept.id}/w32-h0-q0-png.png`)).toBe(true);
  });

  it("runs daily on pg-boss's schedule, and a sweep job removes what the sweep would", async () => {
    const user = await createTestUser();
    const orphan = await storeImage(user.id);
    await prisma.image.delete({ where: { id: orphan.id } });
    await age(orphan.path);
    const logged = jest.spyOn(console, "log").mockImplementation(() => undefined);
    const boss = await getBoss();
    await startOrphanSweepSchedule(boss);
    const [schedule] = await boss.getSchedules(ORPHAN_SWEEP_QUEUE);
    expect(schedule).toMatchObject({ name: ORPHAN_SWEEP_QUEUE, cron: DEFAULT_ORPHAN_SWEEP_CRON, timezone: "UTC" });

    // What the cron pass does at 04:17, done now.
    await boss.send(ORPHAN_SWEEP_QUEUE, {});
    expect(
      await waitFor(
        () => fileExists(orphan.path),
        (exists) => !exists,
      ),
    ).toBe(false);
    await boss.offWork(ORPHAN_SWEEP_QUEUE);
    expect(logged).toHaveBeenCalledWith(
      expect.stringMatching(/^\[storage\] orphan sweep: \d+ files checked, [1-9]\d* orphan files/),
    );
    logged.mockRestore();
  });
});
