// Tokens: POST /api/generate/token, list/get/delete — owner, campaign member, outsider, anonymous.
import path from "node:path";
import sharp from "sharp";
import { createTestUser, resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import { prisma } from "@/lib/db/client";
import { POST as generate } from "@/app/api/generate/token/route";
import { GET as list } from "@/app/api/tokens/route";
import { DELETE as remove, GET as getOne } from "@/app/api/tokens/[id]/route";
import { call, characterWithPortrait, storedImage, tokenSnapshot } from "./tokens-helpers";

let dm: { id: string };
let player: { id: string };
let outsider: { id: string };
let campaignId: string;

const storageRoot = withTempStorageRoot("tokens-");
beforeEach(async () => {
  await resetDatabase();
  [dm, player, outsider] = [await createTestUser(), await createTestUser(), await createTestUser()];
  campaignId = (
    await prisma.campaign.create({ data: { ownerId: dm.id, name: "Curse of Strahd", inviteCode: `t-${Date.now()}` } })
  ).id;
  await prisma.campaignMember.create({ data: { campaignId, userId: player.id, role: "PLAYER" } });
});

const post = (userId: string | undefined, body: unknown) =>
  call(generate, { userId, method: "POST", path: "/api/generate/token", body });

test("a token from the player's own portrait: stored as Asset(TOKEN) + Image + Token, sized and ringed", async () => {
  const hero = await characterWithPortrait(player.id, "Ireena");
  const made = await post(player.id, {
    source: { kind: "character", characterId: hero.id },
    campaignId,
    disposition: "PC",
    size: "LARGE",
    zoom: 1.4,
    offsetY: -0.1,
    format: "png",
  });
  expect(made.status).toBe(201);
  expect(made.body).toMatchObject({
    name: "Ireena",
    disposition: "PC",
    creatureSize: "LARGE",
    gridWidth: 2,
    gridHeight: 2,
    campaignId,
    characterId: hero.id,
    pixels: 512,
    format: "png",
  });
  const asset = await prisma.asset.findUniqueOrThrow({ where: { id: made.body.assetId } });
  expect(asset.kind).toBe("TOKEN");
  const image = await prisma.image.findUniqueOrThrow({ where: { id: made.body.imageId } });
  const meta = await sharp(path.join(storageRoot(), image.path)).metadata();
  expect([meta.width, meta.height, meta.format]).toEqual([512, 512, "png"]);
  // The ring's colour is on the edge (PC blue), the corner outside the disc is transparent.
  const { data, info } = await sharp(path.join(storageRoot(), image.path)).raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number) =>
    Array.from(data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4));
  expect(at(256, 6).slice(0, 3)).toEqual([0x3f, 0xa9, 0xf5]);
  expect(at(0, 0)[3]).toBe(0);
});

test("owner, campaign member, outsider and anonymous on list, get and delete", async () => {
  const image = await storedImage(dm.id, { campaignId });
  const made = await post(dm.id, {
    source: { kind: "image", imageId: image.id },
    name: "Strahd",
    campaignId,
    disposition: "HOSTILE",
  });
  expect(made.status).toBe(201);
  const id = made.body.id;
  // The DM's token (an NPC) is the DM's until revealed.
  expect((await call(list, { userId: player.id, path: `/api/tokens?campaignId=${campaignId}` })).body.tokens).toEqual(
    [],
  );
  expect((await call(getOne, { userId: player.id, path: `/api/tokens/${id}`, params: { id } })).status).toBe(404);
  await prisma.asset.update({ where: { id: made.body.assetId }, data: { visibility: "PARTY" } });
  for (const userId of [dm.id, player.id]) {
    expect(
      (await call(list, { userId, path: `/api/tokens?campaignId=${campaignId}` })).body.tokens.map(
        (t: { id: string }) => t.id,
      ),
    ).toEqual([id]);
    expect((await call(getOne, { userId, path: `/api/tokens/${id}`, params: { id } })).body.name).toBe("Strahd");
  }
  expect((await call(list, { userId: outsider.id, path: `/api/tokens?campaignId=${campaignId}` })).status).toBe(404);
  expect((await call(list, { userId: outsider.id, path: "/api/tokens" })).body.tokens).toEqual([]);
  expect((await call(getOne, { userId: outsider.id, path: `/api/tokens/${id}`, params: { id } })).status).toBe(404);
  for (const handler of [list, getOne, remove])
    expect(
      (
        await call(handler, {
          method: handler === remove ? "DELETE" : "GET",
          path: `/api/tokens/${id}`,
          params: { id },
        })
      ).status,
    ).toBe(401);
  expect((await post(undefined, { source: { kind: "image", imageId: image.id } })).status).toBe(401);
  // A member sees the token but only its maker deletes it.
  expect(
    (await call(remove, { userId: player.id, method: "DELETE", path: `/api/tokens/${id}`, params: { id } })).status,
  ).toBe(404);
  expect(
    (await call(remove, { userId: outsider.id, method: "DELETE", path: `/api/tokens/${id}`, params: { id } })).status,
  ).toBe(404);
  const tokenFile = (await prisma.image.findUniqueOrThrow({ where: { id: made.body.imageId } })).path;
  expect(
    (await call(remove, { userId: dm.id, method: "DELETE", path: `/api/tokens/${id}`, params: { id } })).status,
  ).toBe(204);
  expect(await prisma.token.count()).toBe(0);
  expect(await prisma.image.findUnique({ where: { id: made.body.imageId } })).toBeNull();
  expect((await tokenSnapshot()).files).not.toContain(tokenFile);
});

test("a player may stamp the DM's revealed campaign image, not a hidden one; an outsider may not stamp anything of theirs", async () => {
  const image = await storedImage(dm.id, { campaignId });
  expect(
    (await post(player.id, { source: { kind: "image", imageId: image.id }, disposition: "FRIENDLY" })).status,
  ).toBe(404);
  const asset = await prisma.asset.create({ data: { ownerId: dm.id, campaignId, kind: "IMAGE", name: "Handout" } });
  await prisma.asset.update({ where: { id: asset.id }, data: { visibility: "PARTY" } });
  await prisma.image.update({ where: { id: image.id }, data: { assetId: asset.id } });
  expect(
    (await post(player.id, { source: { kind: "image", imageId: image.id }, disposition: "FRIENDLY" })).status,
  ).toBe(201);
  const hero = await characterWithPortrait(player.id, "Ismark");
  await prisma.characterInfo.create({ data: { campaignId, characterId: hero.id } });
  expect((await post(dm.id, { source: { kind: "character", characterId: hero.id } })).status).toBe(201);
  const before = await tokenSnapshot();
  expect((await post(outsider.id, { source: { kind: "image", imageId: image.id } })).status).toBe(404);
  expect((await post(outsider.id, { source: { kind: "character", characterId: hero.id } })).status).toBe(404);
  expect(
    (await post(outsider.id, { source: { kind: "image", imageId: (await storedImage(outsider.id)).id }, campaignId }))
      .status,
  ).toBe(404);
  const after = await tokenSnapshot();
  expect({ ...after, images: after.images - 1, files: after.files.length - 1 }).toEqual({
    ...before,
    files: before.files.length,
  });
});

test("bad inputs are 400 or 404 and store nothing", async () => {
  const mine = await storedImage(dm.id);
  const theirs = await storedImage(outsider.id);
  const noPortrait = await characterWithPortrait(dm.id, "Faceless", false);
  const before = await tokenSnapshot();
  const cases: [unknown, number][] = [
    [{ source: { kind: "image", imageId: mine.id }, size: "COLOSSAL" }, 400],
    [{ source: { kind: "image", imageId: mine.id }, zoom: 0.1 }, 400],
    [{ source: { kind: "image", imageId: mine.id }, zoom: 9 }, 400],
    [{ source: { kind: "image", imageId: mine.id }, offsetX: 2 }, 400],
    [{ source: { kind: "image", imageId: mine.id }, disposition: "EVIL" }, 400],
    [{ source: { kind: "image", imageId: mine.id }, background: "url(javascript:1)" }, 400],
    [{ source: { kind: "image", imageId: mine.id }, format: "gif" }, 400],
    [{ source: { kind: "image", imageId: "not-a-uuid" } }, 400],
    [{ source: { kind: "description", description: "" } }, 400],
    [{ source: { kind: "wish" } }, 400],
    [{ source: { kind: "character", characterId: noPortrait.id } }, 400],
    [{ source: { kind: "image", imageId: theirs.id } }, 404],
    [{ source: { kind: "image", imageId: mine.id }, campaignId: "00000000-0000-4000-8000-000000000000" }, 404],
  ];
  for (const [body, status] of cases) {
    const result = await post(dm.id, body);
    expect([JSON.stringify(body), result.status]).toEqual([JSON.stringify(body), status]);
    expect(result.body.error.code).toBe(status === 400 ? "VALIDATION" : "NOT_FOUND");
  }
  expect(await tokenSnapshot()).toEqual(before);
  // A malformed id names nothing: the same 404 as an unknown one.
  expect((await call(getOne, { userId: dm.id, path: "/api/tokens/nope", params: { id: "nope" } })).status).toBe(404);
});

test("stamping the same picture twice keeps two files, so deleting one token leaves the other's picture", async () => {
  const image = await storedImage(dm.id, { campaignId });
  const body = { source: { kind: "image", imageId: image.id }, name: "Twin", campaignId, disposition: "NEUTRAL" };
  const first = await post(dm.id, body);
  const second = await post(dm.id, body);
  const [a, b] = await Promise.all(
    [first, second].map((made) => prisma.image.findUniqueOrThrow({ where: { id: made.body.imageId } })),
  );
  expect(a.sha256).toBe(b.sha256);
  expect(a.path).not.toBe(b.path);
  const id = first.body.id;
  expect(
    (await call(remove, { userId: dm.id, method: "DELETE", path: `/api/tokens/${id}`, params: { id } })).status,
  ).toBe(204);
  await expect(sharp(path.join(storageRoot(), b.path)).metadata()).resolves.toMatchObject({ width: 256 });
});
