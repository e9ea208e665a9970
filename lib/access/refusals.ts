import "server-only";
import { prisma } from "@/lib/db/client";
import { readableAssets, readableImages } from "./content";

/**
 * Why a bulk action refused an item the user can see but not change, said per item. What the user
 * cannot see at all stays "not found", the same answer as for an id that does not exist.
 */
export const ONLY_THE_DM = "Only the DM can change this";
export const ONLY_OWNER_OR_DM = "Only its owner or the DM can change this";

type Seen = { id: string; ownerId: string; campaign: { ownerId: string } | null };
const reasons = (rows: Seen[]) =>
  new Map(rows.map((row) => [row.id, row.ownerId === row.campaign?.ownerId ? ONLY_THE_DM : ONLY_OWNER_OR_DM]));
const seenSelect = { id: true, ownerId: true, campaign: { select: { ownerId: true } } } as const;

/** For each refused asset id the user may read: who may change it. Ids absent from the map are unknown to the user. */
export async function assetRefusals(userId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return reasons(
    await prisma.asset.findMany({ where: { id: { in: ids }, ...readableAssets(userId) }, select: seenSelect }),
  );
}

/** The same for images. */
export async function imageRefusals(userId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  return reasons(
    await prisma.image.findMany({ where: { id: { in: ids }, ...readableImages(userId) }, select: seenSelect }),
  );
}
