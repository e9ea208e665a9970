// The asset requirement's image_path on PUT /api/v1/generations/{id}: a stored file the caller
// owns that no other record uses is attached; anything else is a 400 that says why and changes nothing.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import * as oneGeneration from "@/app/api/v1/generations/[generationId]/route";
import { prisma } from "@/lib/db/client";
import { call, createAsset, createGenerationWithImage, storeImage } from "./gallery-helpers";

withTempStorageRoot("generation-image-path-");
beforeEach(resetDatabase);

const put = (user: { id: string } | null, generationId: string, body: unknown) =>
  call(oneGeneration.PUT, user, "", { method: "PUT", params: { generationId }, body });
const images = () =>
  prisma.image.findMany({
    orderBy: { id: "asc" },
    select: { id: true, generationId: true, assetId: true, path: true },
  });

test("an uploaded file of the caller's own, used by nothing else, becomes the generation's image", async () => {
  const user = await createTestUser();
  const asset = await createAsset(user.id);
  const pending = await prisma.generation.create({
    data: { ownerId: user.id, assetId: asset.id, status: "PENDING", providerKind: "BUILTIN", prompt: "a red dragon" },
  });
  const loose = await storeImage(user.id, {});
  const updated = await put(user, pending.id, {
    status: "completed",
    image_path: loose.path,
    metadata: { from: "script" },
  });
  expect(updated.status).toBe(200);
  expect(updated.body).toMatchObject({
    id: pending.id,
    status: "completed",
    image_path: loose.path,
    image_url: `/api/v1/files/images/${loose.id}`,
    metadata: { from: "script" },
  });
  expect(await prisma.image.findUniqueOrThrow({ where: { id: loose.id } })).toMatchObject({
    generationId: pending.id,
    assetId: asset.id,
  });
  // Naming its current file again is a no-op, not an error.
  expect((await put(user, pending.id, { image_path: loose.path })).status).toBe(200);
});

test("a generation that had a file keeps it as a free image of its owner when another is named", async () => {
  const user = await createTestUser();
  const asset = await createAsset(user.id);
  const { generation, image } = await createGenerationWithImage(user.id, asset.id);
  const replacement = await storeImage(user.id, {});
  expect((await put(user, generation.id, { image_path: replacement.path })).body.image_path).toBe(replacement.path);
  expect(await prisma.image.findUniqueOrThrow({ where: { id: image.id } })).toMatchObject({ generationId: null });
});

test("someone else's file, a file another record uses, or a path naming nothing: a 400 that says why, nothing changed", async () => {
  const [user, other] = [await createTestUser(), await createTestUser()];
  const asset = await createAsset(user.id);
  const target = await prisma.generation.create({
    data: { ownerId: user.id, assetId: asset.id, status: "PENDING", providerKind: "BUILTIN", prompt: "x" },
  });
  const theirs = await storeImage(other.id, {});
  const otherAsset = await createAsset(user.id, { name: "Other" });
  const used = await createGenerationWithImage(user.id, otherAsset.id);
  const onAsset = await storeImage(user.id, { assetId: otherAsset.id });
  const before = {
    images: await images(),
    generation: await prisma.generation.findUniqueOrThrow({ where: { id: target.id } }),
  };
  const cases: Array<[string, RegExp]> = [
    ["/etc/passwd", /no file of yours/],
    [theirs.path, /no file of yours/],
    [used.image.path, /another generation/],
    [onAsset.path, /another asset/],
  ];
  for (const [path, why] of cases) {
    const refused = await put(user, target.id, { status: "completed", image_path: path });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "VALIDATION", message: expect.stringMatching(why) });
  }
  expect((await put(other, target.id, { image_path: theirs.path })).status).toBe(404);
  expect((await put(null, target.id, { image_path: theirs.path })).status).toBe(401);
  expect({
    images: await images(),
    generation: await prisma.generation.findUniqueOrThrow({ where: { id: target.id } }),
  }).toEqual(before);
});
