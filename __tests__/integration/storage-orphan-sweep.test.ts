import { utimes } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
// First: it points DATABASE_URL at this Jest worker's own database.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { withS3Storage } from "../support/s3-server";
import * as fileRoute from "@/app/api/v1/files/images/[imageId]/route";
import { prisma } from "@/lib/db/client";
import {
  DEFAULT_ORPHAN_SWEEP_CRON,
  ORPHAN_SWEEP_LOCK_KEY,
  ORPHAN_SWEEP_QUEUE,
  runOrphanSweepExclusively,
  startOrphanSweepSchedule,
} from "@/lib/storage/orphan-sweep-job";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "@/lib/storage/sweep-orphan-files";
import { getBoss, stopBoss } from "@/lib/generation/queue";
import { getFileStorage } from "@/lib/storage";
import { call, createAsset, fileExists, storeImage } from "./gallery-helpers";
import { waitFor } from "../support/wait-for";

beforeEach(resetDatabase);
afterAll(stopBoss);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of getFileStorage().list(prefix)) keys.push(entry.key);
  return keys;
}

describe.each([
  ["on local disk", () => withTempStorageRoot("orphan-sweep-")],
  ["in an S3 bucket", () => withS3Storage("orphan-sweep")],
])("sweepOrphanFiles %s", (_where, useStorage) => {
  useStorage();

  it("removes old files and derivative folders without rows, keeps the rest and young files", async () => {
    const user = await createTestUser();
    const kept = await storeImage(user.id, { assetId: (await createAsset(user.id)).id });
    const orphan = await storeImage(user.id);
    // A derivative of each, then the orphan's row vanishes behind our back.
    await call(fileRoute.GET, user, `/api/v1/files/images/${kept.id}?width=32`, { params: { imageId: kept.id } });
    await call(fileRoute.GET, user, `/api/v1/files/images/${orphan.id}?width=32`, { params: { imageId: orphan.id } });
    // Object stores keep whole seconds: the young file is written in a later second.
    await pause(1100);
    const young = await storeImage(user.id);
    await prisma.image.deleteMany({ where: { id: { in: [orphan.id, young.id] } } });
    // The sweep's clock stands exactly one grace period after the young file was written.
    const youngWritten = (await getFileStorage().stat(young.path))!.modifiedAt.getTime();

    const result = await sweepOrphanFiles(youngWritten + ORPHAN_GRACE_MS);
    expect(result.scanned).toBe(3);
    expect(result.removedFiles).toEqual([orphan.path]);
    expect(result.removedDerivativeFolders).toEqual([orphan.id]);
    expect(await fileExists(kept.path)).toBe(true);
    expect(await fileExists(young.path)).toBe(true);
    expect(await fileExists(orphan.path)).toBe(false);
    expect(await keysUnder(`derived/${kept.id}/`)).toEqual([`derived/${kept.id}/w32-h0-q0-png.png`]);
    expect(await keysUnder(`derived/${orphan.id}/`)).toEqual([]);

    // Nothing left to do: a second sweep removes nothing more.
    const again = await sweepOrphanFiles(youngWritten + ORPHAN_GRACE_MS);
    expect(again.removedFiles).toEqual([]);
    expect(again.removedDerivativeFolders).toEqual([]);
  });
});

describe("the orphan sweep's schedule and lock", () => {
  const storageRoot = withTempStorageRoot("orphan-sweep-job-");
  const age = async (key: string) => {
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(path.join(storageRoot(), ...key.split("/")), old, old);
  };
  /** Another process's sweep, as far as the lock can tell: a session holding the same lock. */
  async function holdSweepLock() {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query("SELECT pg_advisory_lock($1)", [ORPHAN_SWEEP_LOCK_KEY]);
    return () => client.end();
  }

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

    // Another worker is mid-sweep: this job's run leaves everything alone.
    const release = await holdSweepLock();
    await boss.send(ORPHAN_SWEEP_QUEUE, {});
    await waitFor(
      () => logged.mock.calls.length,
      (count) => count > 0,
    );
    expect(logged).toHaveBeenCalledWith("[storage] orphan sweep skipped: another process is sweeping");
    expect(await fileExists(orphan.path)).toBe(true);
    await release();

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

  it("never sweeps while another process holds the sweep lock, and gives its own lock back", async () => {
    const user = await createTestUser();
    const orphan = await storeImage(user.id);
    await prisma.image.delete({ where: { id: orphan.id } });
    await age(orphan.path);

    const release = await holdSweepLock();
    expect(await runOrphanSweepExclusively()).toBeNull();
    expect(await fileExists(orphan.path)).toBe(true);
    await release();

    const result = await runOrphanSweepExclusively();
    expect(result?.removedFiles).toEqual([orphan.path]);
    expect(await fileExists(orphan.path)).toBe(false);
    // ...and gave the lock back: the next sweep, anywhere, may run.
    const probe = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await probe.connect();
    try {
      const { rows } = await probe.query("SELECT pg_try_advisory_lock($1) AS locked", [ORPHAN_SWEEP_LOCK_KEY]);
      expect(rows[0].locked).toBe(true);
    } finally {
      await probe.end();
    }
  });
});
