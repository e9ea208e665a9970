import type { Map as MapRow } from "@/lib/generated/prisma/client";
import { imageFileUrl } from "@/lib/images/urls";
import type { MapLayout } from "./types";
import type { MapVersionSummary, MapView } from "@/lib/schemas/maps-response";

export type { MapVersionSummary, MapView };

/** What Map.layout stores: the layout plus where its picture is and how it was made. */
export type StoredLayout = MapLayout & { imageId: string; source: { kind: "generator" | "ai"; notes: string[] } };

/** The API shape of a map version (the Foundry scene is a download, not part of it). */
export function toMapView(map: MapRow, versions: MapVersionSummary[] = []): MapView {
  const layout = map.layout as unknown as StoredLayout;
  return {
    id: map.id,
    assetId: map.assetId,
    campaignId: map.campaignId,
    version: map.version,
    name: map.name,
    description: map.description,
    mapType: map.mapType,
    difficulty: map.difficulty,
    seed: map.seed,
    widthSquares: map.widthSquares,
    heightSquares: map.heightSquares,
    pixelsPerSquare: map.pixelsPerSquare,
    gridSizeFeet: map.gridSizeFeet,
    imageId: layout.imageId,
    imageUrl: imageFileUrl(layout.imageId),
    /** A small cached WebP derivative for lists (as the gallery's tiles use). */
    thumbnailUrl: imageFileUrl(layout.imageId, { width: 160, format: "webp" }),
    layout,
    createdAt: map.createdAt.toISOString(),
    versions,
  };
}
