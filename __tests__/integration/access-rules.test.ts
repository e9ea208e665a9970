// The rules of lib/access, each Prisma `where` beside its SQL twin, run on one fixture: the same
// ids from both, and the ids each person should see.
import { resetDatabase } from "../support/db";
import { withTempStorageRoot } from "../support/temp-storage-root";
import {
  dmCampaignIdsSql,
  dmCampaigns,
  memberCampaignIdsSql,
  memberCampaigns,
  visibleCampaignIdsSql,
  visibleCampaigns,
} from "@/lib/access/campaigns";
import {
  campaignImagesSql,
  readableAssets,
  readableAssetsSql,
  readableImages,
  readableImagesSql,
  readableMaps,
  readableTokens,
  sharedPortraitImagesSql,
} from "@/lib/access/content";
import { prisma } from "@/lib/db/client";
import { accessFixture, type AccessFixture } from "./access-fixture";

withTempStorageRoot("access-rules-");

let world: AccessFixture;
beforeAll(async () => {
  await resetDatabase();
  world = await accessFixture();
});

const sorted = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

describe("each rule and its SQL twin give the same ids", () => {
  it.each(["dm", "player", "otherDm", "outsider"] as const)("for the %s", async (who) => {
    const userId = world.users[who].id;
    const pairs: [string, Promise<{ id: string }[]>, Promise<{ id: string }[]>][] = [
      [
        "campaigns",
        prisma.campaign.findMany({ where: visibleCampaigns(userId), select: { id: true } }),
        prisma.$queryRaw`${visibleCampaignIdsSql(userId)}`,
      ],
      [
        "member campaigns",
        prisma.campaign.findMany({ where: memberCampaigns(userId), select: { id: true } }),
        prisma.$queryRaw`SELECT "campaignId" AS id FROM (${memberCampaignIdsSql(userId)}) ids`,
      ],
      [
        "DM campaigns",
        prisma.campaign.findMany({ where: dmCampaigns(userId), select: { id: true } }),
        prisma.$queryRaw`${dmCampaignIdsSql(userId)}`,
      ],
      [
        "assets",
        prisma.asset.findMany({ where: readableAssets(userId), select: { id: true } }),
        prisma.$queryRaw`SELECT a.id FROM "Asset" a WHERE ${readableAssetsSql(userId, "a")}`,
      ],
      [
        "images",
        prisma.image.findMany({ where: readableImages(userId), select: { id: true } }),
        prisma.$queryRaw`SELECT i.id FROM "Image" i WHERE ${readableImagesSql(userId, "i")}`,
      ],
      // The twin under another alias, as the gallery and the image route use it inside bigger statements.
      // The gallery's three disjoint branches together are the same rule.
      [
        "images (gallery branches)",
        prisma.image.findMany({ where: readableImages(userId), select: { id: true } }),
        prisma.$queryRaw`
        SELECT i.id FROM "Image" i WHERE i."ownerId" = ${userId}::uuid
        UNION ALL SELECT i.id FROM "Image" i WHERE i."ownerId" <> ${userId}::uuid AND ${campaignImagesSql(userId, "i")}
        UNION ALL SELECT i.id FROM "Image" i WHERE i."ownerId" <> ${userId}::uuid AND ${sharedPortraitImagesSql(userId, "i")} AND NOT COALESCE(${campaignImagesSql(userId, "i")}, false)`,
      ],
      [
        "images (alias)",
        prisma.image.findMany({ where: readableImages(userId), select: { id: true } }),
        prisma.$queryRaw`SELECT x.id FROM "Image" x WHERE ${readableImagesSql(userId, "x")}`,
      ],
    ];
    for (const [rule, prismaRows, sqlRows] of pairs) {
      const [fromPrisma, fromSql] = await Promise.all([prismaRows, sqlRows]);
      expect({ rule, ids: sorted(fromSql) }).toEqual({ rule, ids: sorted(fromPrisma) });
    }
  });
});

describe("who sees what", () => {
  const imagesOf = async (userId: string) =>
    new Set(sorted(await prisma.image.findMany({ where: readableImages(userId), select: { id: true } })));
  const assetsOf = async (userId: string) =>
    new Set(sorted(await prisma.asset.findMany({ where: readableAssets(userId), select: { id: true } })));

  it("the DM sees everything in the campaign, hidden or not, and the party's things", async () => {
    const images = await imagesOf(world.users.dm.id);
    for (const image of [
      world.hiddenUploadImage,
      world.revealedUploadImage,
      world.hiddenMap.dmPicture,
      world.revealedMap.dmPicture,
      world.hiddenToken.image,
      world.playerUploadImage,
      world.portrait,
    ]) {
      expect(images.has(image.id)).toBe(true);
    }
    expect(images.has(world.personalImage.id)).toBe(false);
    expect(images.has(world.elsewhereImage.id)).toBe(false);
  });

  it("a player sees what is revealed and what players made, never the DM's hidden things or the DM picture", async () => {
    const images = await imagesOf(world.users.player.id);
    const expected = [
      world.revealedUploadImage,
      world.revealedMap.playerPicture,
      world.revealedToken.image,
      world.playerUploadImage,
      world.playerToken.image,
      world.personalImage,
      world.portrait,
      world.dmMadePortrait,
    ];
    const refused = [
      world.hiddenUploadImage,
      world.hiddenMap.dmPicture,
      world.hiddenMap.playerPicture,
      world.revealedMap.dmPicture,
      world.hiddenToken.image,
      world.elsewhereImage,
    ];
    expect(expected.filter((image) => !images.has(image.id))).toEqual([]);
    expect(refused.filter((image) => images.has(image.id))).toEqual([]);
    const assets = await assetsOf(world.users.player.id);
    expect(assets.has(world.revealedMap.asset.id)).toBe(true);
    expect(assets.has(world.hiddenUpload.id)).toBe(false);
    const maps = sorted(
      await prisma.map.findMany({ where: readableMaps(world.users.player.id), select: { id: true } }),
    );
    expect(maps).toEqual([world.revealedMap.map.id]);
    const tokens = sorted(
      await prisma.token.findMany({ where: readableTokens(world.users.player.id), select: { id: true } }),
    );
    expect(tokens).toEqual([world.revealedToken.token.id, world.playerToken.token.id].sort());
  });

  it("a player of another campaign sees nothing of this one", async () => {
    const images = await imagesOf(world.users.outsider.id);
    expect([...images]).toEqual([world.elsewhereImage.id]);
    expect(await prisma.map.count({ where: readableMaps(world.users.outsider.id) })).toBe(0);
  });

  it("the insert trigger makes what the DM puts in the campaign DM-only and what a player puts there party", async () => {
    const rows = await prisma.asset.findMany({
      where: { id: { in: [world.hiddenUpload.id, world.playerUpload.id, world.personal.id] } },
      select: { id: true, visibility: true },
    });
    const byId = Object.fromEntries(rows.map((row) => [row.id, row.visibility]));
    expect(byId).toEqual({
      [world.hiddenUpload.id]: "DM_ONLY",
      [world.playerUpload.id]: "PARTY",
      [world.personal.id]: "PARTY",
    });
    // Moving a player's personal asset into a campaign decides again: it is theirs, so the party sees it.
    await prisma.asset.update({ where: { id: world.personal.id }, data: { campaignId: world.campaign.id } });
    expect((await prisma.asset.findUniqueOrThrow({ where: { id: world.personal.id } })).visibility).toBe("PARTY");
    await prisma.asset.update({ where: { id: world.personal.id }, data: { campaignId: null } });
  });
});
