import type { Map as MapRow, Visibility } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import { visibilityName } from "@/lib/schemas/visibility";
import type { MapLayout } from "@/lib/schemas/map-layout";
import type { MapVersionSummary, MapView } from "@/lib/schemas/maps-response";
import { playerLayout } from "./player-version";

export type { MapVersionSummary, MapView };

/**
 * What Map.layout stores: the layout plus where its pictures are and how it was made. `imageId` is
 * the DM's version (markers drawn in; its Image is dmOnly), `playerImageId` the players' version.
 */
export type StoredLayout = MapLayout & {
  imageId: string;
  playerImageId?: string;
  source: { kind: "generator" | "ai"; notes: string[] };
};

/**
 * Who is looking: the map's DM (or its owner, for a personal map) gets everything, labelled; a
 * player gets the players' version only (lib/maps/player-version.ts) and its picture.
 */
export type MapViewer = { role: "dm" } | { role: "player"; playerImageId: string };

/** The API shape of a map version (the Foundry scene is a download, not part of it). */
export function toMapView(
  map: MapRow,
  versions: MapVersionSummary[] = [],
  viewer: MapViewer = { role: "dm" },
  visibility: Visibility = map.campaignId ? "DM_ONLY" : "PARTY",
): MapView {
  const stored = map.layout as unknown as StoredLayout;
  const player = viewer.role === "player";
  const imageId = player ? viewer.playerImageId : stored.imageId;
  const layout: StoredLayout = player
    ? { ...playerLayout(stored), imageId, playerImageId: imageId, source: { kind: stored.source.kind, notes: [] } }
    : stored;
  return {
    id: map.id,
    assetId: map.assetId,
    campaignId: map.campaignId,
    version: map.version,
    name: map.name,
    // The description is the DM's prompt ("a flooded crypt where the lich waits"): not for players.
    description: player ? "" : map.description,
    mapType: map.mapType,
    difficulty: player ? "" : map.difficulty,
    seed: player ? "" : map.seed,
    widthSquares: map.widthSquares,
    heightSquares: map.heightSquares,
    pixelsPerSquare: map.pixelsPerSquare,
    gridSizeFeet: map.gridSizeFeet,
    imageId,
    imageUrl: imageFileUrl(imageId),
    /** A small cached WebP derivative for lists (as the gallery's tiles use). */
    thumbnailUrl: imageFileUrl(imageId, { width: 160, format: "webp" }),
    pictureVersion: player ? "player" : "dm",
    playerImageUrl: !player && stored.playerImageId ? imageFileUrl(stored.playerImageId) : null,
    visibility: visibilityName(visibility),
    layout,
    createdAt: map.createdAt.toISOString(),
    versions: player ? versions.map((version) => ({ ...version, seed: "" })) : versions,
  };
}
