import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GalleryQuery } from "@/lib/schemas/gallery";

/** Images a user may see: their own, or those of a campaign they run or play in. */
export const visibleImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] } }],
});

/**
 * The same rule with the user's campaign ids looked up first (one small query): a plain
 * `ownerId = $1` (or an IN list) lets PostgreSQL walk the (ownerId, createdAt) index for the
 * newest-first page instead of evaluating a membership subquery per row.
 */
export async function visibleImagesFast(userId: string): Promise<Prisma.ImageWhereInput> {
  const campaigns = await prisma.campaign.findMany({
    where: { OR: [{ ownerId: userId }, { members: { some: { userId } } }] },
    select: { id: true },
  });
  if (campaigns.length === 0) return { ownerId: userId };
  return { OR: [{ ownerId: userId }, { campaignId: { in: campaigns.map((campaign) => campaign.id) } }] };
}

/** Images a user may change: their own, or any in a campaign they run. */
export const writableImages = (userId: string): Prisma.ImageWhereInput => ({
  OR: [{ ownerId: userId }, { campaign: { ownerId: userId } }],
});

const KIND = { portrait: "PORTRAIT", map: "MAP", token: "TOKEN", other: "IMAGE" } as const;
const SOURCE = { generated: "GENERATED", upload: "UPLOAD", import: "IMPORT" } as const;

/** Each filter of the gallery as one where clause. */
export function galleryFilters(query: GalleryQuery): Prisma.ImageWhereInput[] {
  const list: Prisma.ImageWhereInput[] = [];
  if (query.kind) list.push({ asset: { kind: KIND[query.kind] } });
  if (query.source) list.push({ source: SOURCE[query.source] });
  if (query.tags?.length) list.push({ tags: { hasEvery: query.tags } });
  if (query.favorites !== undefined) list.push({ isFavorite: query.favorites });
  if (query.campaign) list.push({ campaignId: query.campaign });
  if (query.character) {
    list.push({
      OR: [{ typedTags: { some: { tagType: "CHARACTER", tagId: query.character } } }, { asset: { portraitOf: { id: query.character } } }],
    });
  }
  if (query.from) list.push({ createdAt: { gte: new Date(query.from) } });
  if (query.to) list.push({ createdAt: { lte: endOf(query.to) } });
  if (query.model) list.push({ generationModel: query.model });
  return list;
}

/** A bare date `to` means the whole of that day. */
const endOf = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T23:59:59.999Z`) : new Date(value));
