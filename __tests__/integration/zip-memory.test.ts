// A large gallery zip streams: the process's memory stays far below the archive's size.
import { randomBytes } from "node:crypto";
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { routeRequest } from "../support/call-route";
import { createAsset, storeImage } from "./gallery-helpers";

withTempStorageRoot("zip-memory-");
beforeEach(resetDatabase);

const FILE_BYTES = 25 * 1024 * 1024;
const FILES = 6;

it("streams a 150 MB zip with peak RSS growing by far less than its size", async () => {
  const { GET } = await import("@/app/api/gallery/images/zip/route");
  const user = await createTestUser();
  const ids: string[] = [];
  const block = randomBytes(1024 * 1024);
  for (let index = 0; index < FILES; index++) {
    const image = await storeImage(user.id, { assetId: (await createAsset(user.id, { name: `Map ${index}` })).id });
    // Written in 1 MB chunks so the test itself never holds a whole file.
    await getFileStorage().write(
      image.path,
      (async function* () {
        for (let written = 0; written < FILE_BYTES; written += block.length) yield block;
      })(),
    );
    ids.push(image.id);
  }
  const rowsBefore = await prisma.image.count();
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  // The handler called directly: the test helper's call() reads the whole body into memory.
  const response = await GET(await routeRequest({ user, path: `/api/gallery/images/zip?ids=${ids.join(",")}` }), {
    params: Promise.resolve({}),
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let received = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    received += next.value.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  expect(received).toBeGreaterThan(FILES * FILE_BYTES);
  expect(received).toBe(Number(response.headers.get("content-length")));
  expect(peak - baseline).toBeLessThan(FILES * FILE_BYTES * 0.5);
  expect(await prisma.image.count()).toBe(rowsBefore);
}, 60_000);
