// Every map download through the route, read back as a DM's tools would: the Foundry bundle
// unzipped (its pictures at exactly the paths its scenes' backgrounds name), a scene JSON and a
// .dd2vtt per floor, who may download (owner or campaign DM; a player or a stranger: 404,
// nothing made), and the size bound answered with a 400 that names the largest size.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { callRoute } from "../support/call-route";
import { importUvtt } from "../support/uvtt-importer";
import { prisma } from "@/lib/db/client";
import { POST as generate } from "@/app/api/generate/map/route";
import { GET as download } from "@/app/api/maps/[id]/download/route";
import { PUT as setVisibility } from "@/app/api/visibility/route";

let dm: { id: string };
let player: { id: string };
let stranger: { id: string };
let campaignId: string;
let dir: string;

withTempStorageRoot("maps-downloads-");
beforeEach(async () => {
  await resetDatabase();
  [dm, player, stranger] = [await createTestUser(), await createTestUser(), await createTestUser()];
  campaignId = (
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Greyhawk", inviteCode: `g-${Date.now()}` } })
  ).id;
  await prisma.campaignMember.create({ data: { campaignId, userId: player.id, role: "PLAYER" } });
  dir = mkdtempSync(join(tmpdir(), "bundle-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const generateMap = async (body: Record<string, unknown>) => {
  const result = await callRoute(generate, { user: dm.id, path: "/api/generate/map", body: { campaignId, ...body } });
  expect(result.status).toBe(201);
  return result.body as { id: string; layout: { floors?: Array<{ name: string }> } };
};
const get = (userId: string, id: string, query: string) =>
  callRoute(download, { user: userId, path: `/api/maps/${id}/download?${query}`, params: { id } });
const counts = async () => [await prisma.asset.count(), await prisma.image.count(), await prisma.map.count()];

test("the tavern's bundle unzips into scenes whose backgrounds are its own files, and every floor downloads on its own", async () => {
  const map = await generateMap({ mapType: "tavern", width: 30, height: 24, seed: "inn", difficulty: "medium" });
  const floors = map.layout.floors?.length ?? 1;

  const bundle = await get(dm.id, map.id, "format=foundry-bundle");
  expect(bundle.status).toBe(200);
  expect(bundle.headers.get("content-type")).toBe("application/zip");
  expect(bundle.headers.get("content-disposition")).toMatch(/attachment; filename=".+-v1-foundry\.zip"/);
  const zip = join(dir, "bundle.zip");
  writeFileSync(zip, bundle.buffer);
  execFileSync("unzip", ["-tq", zip]);
  execFileSync("unzip", ["-q", zip, "-d", join(dir, "Data")]);
  const entries = execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n");
  const read = (path: string) => readFileSync(join(dir, "Data", path));

  const scenes = entries.filter((e) => e.endsWith(".scene.json")).map((e) => JSON.parse(read(e).toString()));
  expect(scenes).toHaveLength(floors);
  const { default: sharp } = await import("sharp");
  for (const scene of scenes) {
    expect(entries).toContain(scene.background.src);
    const picture = await sharp(read(scene.background.src)).metadata();
    expect([picture.width, picture.height]).toEqual([scene.width, scene.height]);
  }
  const adventure = JSON.parse(read(entries.find((e) => e.endsWith("/adventure.json"))!).toString());
  expect(adventure.scenes.map((s: { background: { src: string } }) => s.background.src)).toEqual(
    scenes.map((s) => s.background.src),
  );
  const journal = adventure.journal[0];
  expect(journal.ownership.default).toBe(0);
  const pins = adventure.scenes.flatMap((s: { notes: Array<{ entryId: string; pageId: string }> }) => s.notes);
  expect(pins.length).toBeGreaterThan(0);
  for (const pin of pins) expect(pin.entryId).toBe(journal._id);
  // The background is the players' picture: not the DM's (which marks rooms, traps and secret doors).
  const layout = (await prisma.map.findUniqueOrThrow({ where: { id: map.id } })).layout as {
    imageId: string;
    playerImageId?: string;
  };
  expect(layout.playerImageId).toBeDefined();
  const dmPicture = await get(dm.id, map.id, "format=png");
  expect(read(scenes[0].background.src).equals(dmPicture.buffer)).toBe(false);

  for (let floor = 0; floor < floors; floor++) {
    const scene = await get(dm.id, map.id, `format=foundry&floor=${floor}`);
    expect(scene.status).toBe(200);
    expect(scene.body.background.src).toBe(scenes[floor].background.src);
    expect(scene.body.walls).toEqual(scenes[floor].walls);
    const uvtt = await get(dm.id, map.id, `format=dd2vtt&floor=${floor}`);
    expect(uvtt.status).toBe(200);
    const imported = importUvtt(uvtt.body);
    expect(imported.walls.filter((w) => w.c[0] === w.c[2] && w.c[1] === w.c[3])).toEqual([]);
    expect(Buffer.from(uvtt.body.image, "base64").length).toBeGreaterThan(1000);
  }
  expect((await get(dm.id, map.id, `format=dd2vtt&floor=${floors}`)).status).toBe(404);
}, 60_000);

test("a player of the campaign and a stranger get 404 for every download, and nothing is made", async () => {
  const map = await generateMap({ mapType: "dungeon", width: 20, height: 20, seed: "secret" });
  const before = await counts();
  const layoutBefore = (await prisma.map.findUniqueOrThrow({ where: { id: map.id } })).layout;
  for (const user of [player, stranger])
    for (const format of ["foundry-bundle", "foundry", "dd2vtt", "png", "webp"]) {
      const result = await get(user.id, map.id, `format=${format}`);
      expect(result.status).toBe(404);
      expect(result.body.error.code).toBe("NOT_FOUND");
    }
  expect(await counts()).toEqual(before);
  expect((await prisma.map.findUniqueOrThrow({ where: { id: map.id } })).layout).toEqual(layoutBefore);
  expect((await get(dm.id, map.id, "format=zip")).status).toBe(400);
}, 30_000);

test("an upper floor's picture for the map view: the DM gets either version, a player only the players' and only once revealed", async () => {
  const map = await generateMap({
    mapType: "tavern",
    width: 24,
    height: 20,
    seed: "floors",
    difficulty: "medium",
    pixelsPerSquare: 40,
  });
  expect(map.layout.floors!.length).toBeGreaterThan(1);
  const dmPicture = await get(dm.id, map.id, "format=png&floor=1");
  expect(dmPicture.status).toBe(200);
  expect(dmPicture.headers.get("content-type")).toBe("image/png");
  const { default: sharp } = await import("sharp");
  expect(await sharp(dmPicture.buffer).metadata()).toMatchObject({ width: 24 * 40, height: 20 * 40 });
  const playersPicture = await get(dm.id, map.id, "format=png&floor=1&picture=player");
  expect(playersPicture.status).toBe(200);
  // The DM's version carries the room numbers the players' does not.
  expect(playersPicture.buffer.equals(dmPicture.buffer)).toBe(false);

  // Not revealed: a player and a stranger get 404, and nothing is made.
  const before = await counts();
  for (const user of [player, stranger]) expect((await get(user.id, map.id, "format=png&floor=1")).status).toBe(404);
  expect(await counts()).toEqual(before);

  // Revealed: the player gets the players' version even when asking for the DM's.
  await prisma.asset.update({
    where: { id: (await prisma.map.findUniqueOrThrow({ where: { id: map.id } })).assetId },
    data: { visibility: "PARTY" },
  });
  const asked = await get(player.id, map.id, "format=png&floor=1&picture=dm");
  expect(asked.status).toBe(200);
  expect(asked.buffer.equals(playersPicture.buffer)).toBe(true);
  expect((await get(stranger.id, map.id, "format=png&floor=1")).status).toBe(404);
  expect((await get(dm.id, map.id, `format=png&floor=${map.layout.floors!.length}`)).status).toBe(404);
}, 60_000);

test("beyond the picture bound a 400 names the largest size for that map, and nothing is stored", async () => {
  const before = await counts();
  for (const [width, height, pps, largest] of [
    [80, 80, 200, 86],
    [80, 10, 103, 102],
  ]) {
    const result = await callRoute(generate, {
      user: dm.id,
      path: "/api/generate/map",
      body: { mapType: "cave", width, height, pixelsPerSquare: pps },
    });
    expect(result.status).toBe(400);
    expect(JSON.stringify(result.body)).toContain(`at most ${largest} px per square`);
  }
  expect(await counts()).toEqual(before);
  await generateMap({ mapType: "cave", width: 80, height: 10, pixelsPerSquare: 102, seed: "wide" });
}, 30_000);

test("a DM whose storage is full still reveals a map: its player picture is counted, never refused", async () => {
  const map = await generateMap({ mapType: "dungeon", width: 16, height: 12, seed: "full", difficulty: "easy" });
  const row = await prisma.map.findUniqueOrThrow({ where: { id: map.id } });
  const assetId = row.assetId;
  // A version whose player picture is not made yet (as a map from before player pictures): the
  // reveal makes it.
  const { playerImageId: made, ...withoutPlayer } = row.layout as { playerImageId: string };
  await prisma.map.update({ where: { id: map.id }, data: { layout: withoutPlayer } });
  await prisma.image.delete({ where: { id: made } });
  const saved = process.env.STORAGE_QUOTA_MB;
  process.env.STORAGE_QUOTA_MB = "0.001"; // about 1 KB: far below the map the DM already stored
  try {
    const revealed = await callRoute(setVisibility, {
      user: dm.id,
      method: "PUT",
      path: "/api/visibility",
      body: { visibility: "party", items: [{ type: "asset", id: assetId }] },
    });
    expect(revealed.status).toBe(200);
    expect(revealed.body).toMatchObject({ failed: [] });
    const picture = await get(player.id, map.id, "format=png&floor=0");
    expect(picture.status).toBe(200);
    const layout = (await prisma.map.findUniqueOrThrow({ where: { id: map.id } })).layout as { playerImageId?: string };
    expect(layout.playerImageId).not.toBe(made);
    const playerImage = await prisma.image.findUniqueOrThrow({ where: { id: layout.playerImageId } });
    const usage = await prisma.storageUsage.findUniqueOrThrow({ where: { userId: dm.id } });
    const stored = await prisma.image.aggregate({ where: { ownerId: dm.id }, _sum: { bytes: true } });
    expect(Number(usage.storedBytes)).toBe(stored._sum.bytes);
    expect(stored._sum.bytes).toBeGreaterThanOrEqual(playerImage.bytes);
  } finally {
    if (saved === undefined) delete process.env.STORAGE_QUOTA_MB;
    else process.env.STORAGE_QUOTA_MB = saved;
  }
}, 60_000);
