import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { findVisibleMap, visibleMapsWhere } from "./map-access";
import { toMapView, type MapView } from "./map-view";

/** The latest version of each map the user may see, optionally of one campaign. */
export async function listMaps(userId: string, campaignId?: string): Promise<MapView[]> {
  if (campaignId) {
    const visible = await prisma.campaign.findFirst({ where: { id: campaignId, OR: [{ ownerId: userId }, { members: { some: { userId } } }] }, select: { id: true } });
    if (!visible) throw notFound("Campaign");
  }
  const rows = await prisma.map.findMany({ where: { ...visibleMapsWhere(userId), ...(campaignId ? { campaignId } : {}) }, orderBy: [{ createdAt: "desc" }, { version: "desc" }], take: 500 });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) if (!latest.has(row.assetId) || latest.get(row.assetId)!.version < row.version) latest.set(row.assetId, row);
  return [...latest.values()].map((m) => toMapView(m));
}

/** One version with the list of all versions of the same map. */
export async function getMap(userId: string, mapId: string): Promise<MapView> {
  const map = await findVisibleMap(userId, mapId);
  const versions = await prisma.map.findMany({ where: { assetId: map.assetId }, orderBy: { version: "asc" }, select: { id: true, version: true, seed: true, createdAt: true } });
  return toMapView(map, versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })));
}
