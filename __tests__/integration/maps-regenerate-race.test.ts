// Two regenerations of one map at once both pick version n+1; the unique (asset, version) index
// lets one win and the route answers the other 409 CONFLICT (never a 500), leaving no stray file.
import { POST as generate } from "@/app/api/generate/map/route";
import { prisma } from "@/lib/db/client";
import { callRoute } from "../support/call-route";
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { storedFiles } from "./generation-helpers";

withTempStorageRoot("maps-race-");
beforeEach(resetDatabase);

test("concurrent regenerations of one map: one 201 with version 2, the other 409, nothing half-stored", async () => {
  const dm = await createTestUser();
  const request = (body: object) =>
    callRoute(generate, {
      user: dm,
      path: "/api/generate/map",
      body: { mapType: "dungeon", width: 20, height: 20, ...body },
    });
  const first = await request({ seed: "crypt" });
  expect(first.status).toBe(201);

  const errors = jest.spyOn(console, "error").mockImplementation(() => {});
  const results = await Promise.all([
    request({ regenerateOf: first.body.id, seed: "again-a" }),
    request({ regenerateOf: first.body.id, seed: "again-b" }),
  ]);
  errors.mockRestore();

  expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
  const [won, lost] = results[0].status === 201 ? results : [results[1], results[0]];
  expect(won.body.version).toBe(2);
  expect(lost.body.error.code).toBe("CONFLICT");
  expect(errors).not.toHaveBeenCalled(); // mapped, not an unexpected error
  const maps = await prisma.map.findMany({ orderBy: { version: "asc" }, select: { version: true, assetId: true } });
  expect(maps).toEqual([
    { version: 1, assetId: first.body.assetId },
    { version: 2, assetId: first.body.assetId },
  ]);
  // The loser's file was removed with its failed transaction: one file per stored image.
  expect((await storedFiles()).length).toBe(await prisma.image.count());
}, 60_000);
