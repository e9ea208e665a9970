// Maps as versioned assets: POST /api/generate/map, list/get, downloads — real database and files.
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { callRoute } from "../support/call-route";
import { prisma } from "@/lib/db/client";
import { POST as generate } from "@/app/api/generate/map/route";
import { GET as list } from "@/app/api/maps/route";
import { GET as getOne } from "@/app/api/maps/[id]/route";
import { GET as download } from "@/app/api/maps/[id]/download/route";
import { paddingOffset } from "@/lib/maps/export/foundry-scene";

let dm: { id: string };
let stranger: { id: string };
let campaignId: string;

withTempStorageRoot("maps-");
beforeEach(async () => {
  await resetDatabase();
  dm = await createTestUser();
  stranger = await createTestUser();
  campaignId = (
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Saltmarsh", inviteCode: `c-${Date.now()}` } })
  ).id;
});

const post = async (userId: string, body: unknown) => {
  const { status, body: answer } = await callRoute(generate, { user: userId, path: "/api/generate/map", body });
  return { status, body: answer };
};
const counts = async () => [await prisma.asset.count(), await prisma.image.count(), await prisma.map.count()];

test("generates a dungeon, regenerates v2 keeping v1, lists, gets and downloads every format", async () => {
  const first = await post(dm.id, {
    campaignId,
    mapType: "dungeon",
    width: 30,
    height: 24,
    seed: "crypt",
    difficulty: "hard",
    description: "A flooded crypt",
  });
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ version: 1, mapType: "dungeon", seed: "crypt", widthSquares: 30, campaignId });
  const second = await post(dm.id, {
    regenerateOf: first.body.id,
    mapType: "dungeon",
    width: 30,
    height: 24,
    seed: "crypt-2",
  });
  expect(second.body).toMatchObject({ version: 2, assetId: first.body.assetId, campaignId });

  const listed = (await callRoute(list, { user: dm.id, path: `/api/maps?campaignId=${campaignId}` })).body;
  expect(listed.maps).toHaveLength(1);
  expect(listed.maps[0].version).toBe(2);
  // The list's picture is the image route's small WebP derivative, not the full-size map.
  const thumbnailUrl = listed.maps[0].thumbnailUrl as string;
  expect(thumbnailUrl).toBe(`/api/images/${second.body.imageId}/file?width=160&format=webp`);
  const { GET: imageFile } = await import("@/app/api/images/[id]/file/route");
  const thumbnail = (
    await callRoute(imageFile, { user: dm.id, path: thumbnailUrl, params: { id: second.body.imageId } })
  ).response;
  expect(thumbnail.status).toBe(200);
  expect(thumbnail.headers.get("content-type")).toBe("image/webp");
  const { default: sharp } = await import("sharp");
  const meta = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
  expect(meta.width).toBeLessThanOrEqual(160);
  expect(
    (await callRoute(imageFile, { user: stranger.id, path: thumbnailUrl, params: { id: second.body.imageId } })).status,
  ).toBe(404);
  const detail = (
    await callRoute(getOne, { user: dm.id, path: `/api/maps/${second.body.id}`, params: { id: second.body.id } })
  ).body;
  expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);

  for (const [format, type] of [
    ["png", "image/png"],
    ["webp", "image/webp"],
    ["foundry", "application/json"],
    ["dd2vtt", "application/json"],
  ]) {
    const response = (
      await callRoute(download, {
        user: dm.id,
        path: `/api/maps/${first.body.id}/download?format=${format}`,
        params: { id: first.body.id },
      })
    ).response;
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(type);
    expect(response.headers.get("content-disposition")).toContain("attachment");
    if (format === "foundry") {
      const scene = await response.json();
      expect(scene.grid).toMatchObject({ type: 1, size: 70, distance: 5, units: "ft" });
      expect(scene.walls.filter((w: { door: number }) => w.door > 0)).toHaveLength(first.body.layout.doors.length);
    }
    if (format === "dd2vtt") expect((await response.json()).image.length).toBeGreaterThan(1000);
  }
}, 30_000); // two versions, each drawn twice (DM and player pictures), plus re-rendered downloads

test("bad inputs are 400 and store nothing", async () => {
  const before = await counts();
  for (const body of [
    { mapType: "dungeon", width: 0, height: 20 },
    { mapType: "dungeon", width: 10000, height: 20 },
    { mapType: "spaceship", width: 20, height: 20 },
    { width: 20, height: 20 },
  ]) {
    const result = await post(dm.id, body);
    expect(result.status).toBe(400);
    expect(result.body.error.code).toBe("VALIDATION");
  }
  expect(await counts()).toEqual(before);
});

test("another user's campaign or map is a 404", async () => {
  expect((await post(stranger.id, { campaignId, mapType: "cave", width: 20, height: 20 })).status).toBe(404);
  const map = await post(dm.id, { campaignId, mapType: "tavern", width: 20, height: 20 });
  expect(
    (await callRoute(getOne, { user: stranger.id, path: `/api/maps/${map.body.id}`, params: { id: map.body.id } }))
      .status,
  ).toBe(404);
  expect(
    (
      await callRoute(download, {
        user: stranger.id,
        path: `/api/maps/${map.body.id}/download?format=foundry`,
        params: { id: map.body.id },
      })
    ).status,
  ).toBe(404);
  expect(
    (await post(stranger.id, { regenerateOf: map.body.id, mapType: "tavern", width: 20, height: 20 })).status,
  ).toBe(404);
  expect((await callRoute(list, { user: stranger.id, path: `/api/maps?campaignId=${campaignId}` })).status).toBe(404);
});

test("the Foundry download can place the campaign's tokens (party or all) on the scene", async () => {
  const { POST: makeToken } = await import("@/app/api/generate/token/route");
  const { storedImage } = await import("./tokens-helpers");
  const image = await storedImage(dm.id, { campaignId });
  const stamp = async (name: string, disposition: string, size: string) => {
    const response = await callRoute(makeToken, {
      user: dm.id,
      path: "/api/generate/token",
      body: { name, disposition, size, campaignId, source: { kind: "image", imageId: image.id } },
    });
    expect(response.status).toBe(201);
  };
  await stamp("Tordek", "PC", "MEDIUM");
  await stamp("Pip", "PC", "SMALL");
  await stamp("Ogre", "HOSTILE", "LARGE");
  const map = await post(dm.id, { campaignId, mapType: "dungeon", width: 30, height: 24, seed: "party" });

  const plain = (
    await callRoute(download, {
      user: dm.id,
      path: `/api/maps/${map.body.id}/download?format=foundry`,
      params: { id: map.body.id },
    })
  ).body;
  expect(plain.tokens).toEqual([]);
  const partyResponse = (
    await callRoute(download, {
      user: dm.id,
      path: `/api/maps/${map.body.id}/download?format=foundry&tokens=party`,
      params: { id: map.body.id },
    })
  ).response;
  expect(partyResponse.headers.get("content-disposition")).toContain("-party.foundry.json");
  const party = await partyResponse.json();
  expect(party.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["Pip", "Tordek"]);
  for (const t of party.tokens) {
    expect(t).toMatchObject({ width: 1, height: 1, disposition: 1, actorLink: false });
    expect(t.texture.src).toMatch(/^arcane-forge\/tokens\/(tordek|pip)-[0-9a-f]{8}\.webp$/);
    const pad = paddingOffset(party.width, party.height, 70);
    expect(t.x).toBeGreaterThanOrEqual(pad.x);
    expect(t.y).toBeGreaterThanOrEqual(pad.y);
    expect(t.x + 70).toBeLessThanOrEqual(pad.x + party.width);
    expect(t.y + 70).toBeLessThanOrEqual(pad.y + party.height);
  }
  const all = (
    await callRoute(download, {
      user: dm.id,
      path: `/api/maps/${map.body.id}/download?format=foundry&tokens=all`,
      params: { id: map.body.id },
    })
  ).body;
  expect(all.tokens.find((t: { name: string }) => t.name === "Ogre")).toMatchObject({
    width: 2,
    height: 2,
    disposition: -1,
  });
  expect(
    (
      await callRoute(download, {
        user: dm.id,
        path: `/api/maps/${map.body.id}/download?format=foundry&tokens=everyone`,
        params: { id: map.body.id },
      })
    ).status,
  ).toBe(400);
});
