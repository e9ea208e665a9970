import "server-only";
import { readableMaps } from "@/lib/access/content";
import { campaignRole } from "@/lib/access/require";
import { prisma } from "@/lib/db/client";
import type { Map as MapRow, Visibility } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { toMapView, type MapView } from "./map-view";
import { ensurePlayerPicture } from "./player-picture";

type ReadableMap = MapRow & { asset: { visibility: Visibility }; campaign: { ownerId: string } | null };

/** A map the user may see (lib/access readableMaps), with what decides which version they get. */
export async function findReadableMap(userId: string, mapId: string): Promise<ReadableMap> {
  const map = await prisma.map.findFirst({
    where: { id: mapId, ...readableMaps(userId) },
    include: { asset: { select: { visibility: true } }, campaign: { select: { ownerId: true } } },
  });
  if (!map) throw notFound("Map");
  return map;
}

/** The map's DM (or the owner of a personal map) sees the DM version; anyone else is a player. */
export const isDmOf = (userId: string, map: ReadableMap) => map.ownerId === userId || map.campaign?.ownerId === userId;

async function viewFor(
  userId: string,
  map: ReadableMap,
  versions: Parameters<typeof toMapView>[1] = [],
): Promise<MapView> {
  if (isDmOf(userId, map)) return toMapView(map, versions, { role: "dm" }, map.asset.visibility);
  return toMapView(
    map,
    versions,
    { role: "player", playerImageId: await ensurePlayerPicture(map) },
    map.asset.visibility,
  );
}

/** The latest version of each map the user may see, optionally of one campaign (players: revealed ones only). */
export async function listMaps(userId: string, campaignId?: string): Promise<MapView[]> {
  if (campaignId) await campaignRole(userId, campaignId);
  const rows = await prisma.map.findMany({
    where: { ...readableMaps(userId), ...(campaignId ? { campaignId } : {}) },
    include: { asset: { select: { visibility: true } }, campaign: { select: { ownerId: true } } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
    take: 500,
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!latest.has(row.assetId) || latest.get(row.assetId)!.version < row.version) latest.set(row.assetId, row);
  return Promise.all([...latest.values()].map((map) => viewFor(userId, map)));
}

/** One version with the list of all versions of the same map. */
export async function getMap(userId: string, mapId: string): Promise<MapView> {
  const map = await findReadableMap(userId, mapId);
  const versions = await prisma.map.findMany({
    where: { assetId: map.assetId },
    orderBy: { version: "asc" },
    select: { id: true, version: true, seed: true, createdAt: true },
  });
  return viewFor(
    userId,
    map,
    versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
  );
}
