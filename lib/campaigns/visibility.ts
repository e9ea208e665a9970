import "server-only";
import { readableAssets, readableImages, readableMaps, readableTokens } from "@/lib/access/content";
import { ONLY_THE_DM } from "@/lib/access/refusals";
import { prisma } from "@/lib/db/client";
import type { Visibility } from "@/lib/generated/prisma/client";
import { ensurePlayerPictures } from "@/lib/maps/player-picture";
import type { SetVisibilityResponse } from "@/lib/schemas/visibility-response";

export const VISIBILITY_ITEM_TYPES = ["map", "token", "image", "asset"] as const;
export type VisibilityItem = { type: (typeof VISIBILITY_ITEM_TYPES)[number]; id: string };
export type VisibilityFailure = VisibilityItem & { error: string };

/** Why an item the user can see cannot be revealed or hidden (per item, for bulk actions). */
export const NOT_IN_A_CAMPAIGN = "Only what is in a campaign can be revealed or hidden";
const NOT_FOUND = "Not found";

type Target = { assetId: string | null; campaignId: string | null; dmId: string | null };
const assetTarget = { id: true, campaignId: true, campaign: { select: { ownerId: true } } } as const;
type AssetRow = { id: string; campaignId: string | null; campaign: { ownerId: string } | null } | null;
const toTarget = (asset: AssetRow): Target => ({
  assetId: asset?.id ?? null,
  campaignId: asset?.campaignId ?? null,
  dmId: asset?.campaign?.ownerId ?? null,
});

/**
 * The DM reveals campaign items to the party or hides them again. A map, a token or an image is
 * revealed through its asset (all versions of a map, every picture of a token); the DM's version
 * of a picture (Image.dmOnly) stays the DM's either way. Each refused item says why; an item the
 * user cannot see is "not found", as if it did not exist. Hiding takes effect on the players' next
 * request: the asset update fires the image route's cache invalidation (image_visibility).
 */
export async function setVisibility(
  userId: string,
  items: VisibilityItem[],
  visibility: Visibility,
): Promise<SetVisibilityResponse> {
  const targets = await resolveTargets(userId, items);
  const updated: VisibilityItem[] = [];
  const failed: VisibilityFailure[] = [];
  const assetIds = new Set<string>();
  for (const item of items) {
    const target = targets.get(key(item));
    if (!target) failed.push({ ...item, error: NOT_FOUND });
    else if (!target.assetId || !target.campaignId) failed.push({ ...item, error: NOT_IN_A_CAMPAIGN });
    else if (target.dmId !== userId) failed.push({ ...item, error: ONLY_THE_DM });
    else {
      assetIds.add(target.assetId);
      updated.push(item);
    }
  }
  if (assetIds.size > 0) {
    // A revealed map shows players its player picture: made before anyone can ask for it.
    if (visibility === "PARTY") await ensurePlayerPictures([...assetIds]);
    // The DM condition is in the statement too: what was checked above cannot change in between.
    await prisma.asset.updateMany({
      where: { id: { in: [...assetIds] }, campaign: { ownerId: userId } },
      data: { visibility },
    });
  }
  return { visibility, updated, failed };
}

const key = (item: VisibilityItem) => `${item.type}:${item.id}`;

/** The asset and campaign of every item the user may see (one query per type asked for). */
async function resolveTargets(userId: string, items: VisibilityItem[]): Promise<Map<string, Target>> {
  const idsOf = (type: VisibilityItem["type"]) => [
    ...new Set(items.filter((item) => item.type === type).map((item) => item.id)),
  ];
  const found = new Map<string, Target>();
  const [maps, tokens, images, assets] = await Promise.all([
    idsOf("map").length
      ? prisma.map.findMany({
          where: { id: { in: idsOf("map") }, ...readableMaps(userId) },
          select: { id: true, asset: { select: assetTarget } },
        })
      : [],
    idsOf("token").length
      ? prisma.token.findMany({
          where: { id: { in: idsOf("token") }, ...readableTokens(userId) },
          select: { id: true, asset: { select: assetTarget } },
        })
      : [],
    idsOf("image").length
      ? prisma.image.findMany({
          where: { id: { in: idsOf("image") }, ...readableImages(userId) },
          select: { id: true, asset: { select: assetTarget } },
        })
      : [],
    idsOf("asset").length
      ? prisma.asset.findMany({ where: { id: { in: idsOf("asset") }, ...readableAssets(userId) }, select: assetTarget })
      : [],
  ]);
  for (const row of maps) found.set(`map:${row.id}`, toTarget(row.asset));
  for (const row of tokens) found.set(`token:${row.id}`, toTarget(row.asset));
  for (const row of images) found.set(`image:${row.id}`, toTarget(row.asset));
  for (const row of assets) found.set(`asset:${row.id}`, toTarget(row));
  return found;
}
