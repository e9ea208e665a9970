import { z } from "zod";
import type { MapLayout } from "@/lib/schemas/map-layout";
import { VISIBILITIES } from "./visibility";

/**
 * Response contracts of the map routes; toMapView returns MapView, so the compiler checks the
 * stored rows against it.
 */

/**
 * The layout model is defined once, in map-layout.ts (beside this file): every generator in
 * lib/maps produces it and lib/maps/validate-layout.ts checks it. The contract carries that type instead of a second copy of its
 * vocabularies (feature kinds, tiles), which would drift whenever a generator learns a new one.
 */
export const mapLayout = z.custom<MapLayout>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as MapLayout).tiles) &&
    Array.isArray((value as MapLayout).rooms),
  "not a map layout",
);

/** What Map.layout stores: the layout plus its picture and how it was made. */
export const storedLayout = z.intersection(
  mapLayout,
  z.object({
    imageId: z.uuid(),
    /** The player version of the picture, made when the map is first revealed. */
    playerImageId: z.uuid().optional(),
    source: z.object({ kind: z.enum(["generator", "ai"]), notes: z.array(z.string()) }),
  }),
);

export const mapVersionSummary = z.object({
  id: z.uuid(),
  version: z.number().int(),
  seed: z.string(),
  createdAt: z.iso.datetime(),
});
export type MapVersionSummary = z.infer<typeof mapVersionSummary>;

/** One stored map version (GET /api/maps/{id} fills `versions`; lists leave it empty). */
export const mapView = z.object({
  id: z.uuid(),
  assetId: z.uuid(),
  campaignId: z.uuid().nullable(),
  version: z.number().int(),
  name: z.string(),
  description: z.string(),
  mapType: z.string(),
  difficulty: z.string(),
  seed: z.string(),
  widthSquares: z.number().int(),
  heightSquares: z.number().int(),
  pixelsPerSquare: z.number().int(),
  gridSizeFeet: z.number().int(),
  /** The picture this viewer gets: the DM version for the DM, the player version for a player. */
  imageId: z.uuid(),
  imageUrl: z.string(),
  thumbnailUrl: z.string(),
  pictureVersion: z.enum(["dm", "player"]),
  /** The DM also gets the player version, to compare (null until one is made, and for players). */
  playerImageUrl: z.string().nullable(),
  /** In a campaign: whether the party sees it (`party`) or only the DM (`dm_only`, until revealed). */
  visibility: z.enum(VISIBILITIES),
  /** For a player: the players' version (no room key, traps or secret doors; see lib/maps/player-version.ts). */
  layout: storedLayout,
  createdAt: z.iso.datetime(),
  versions: z.array(mapVersionSummary),
});
export type MapView = z.infer<typeof mapView>;

/** GET /api/maps: the latest version of each map. */
export const mapListResponse = z.object({ maps: z.array(mapView) });
export type MapListResponse = z.infer<typeof mapListResponse>;

export const stageTimings = z.object({ layoutMs: z.number(), renderMs: z.number(), exportMs: z.number() });
export type StageTimings = z.infer<typeof stageTimings>;

/** POST /api/generate/map (201): the stored version with the server's measured stage timings. */
export const generatedMapResponse = mapView.extend({ timings: stageTimings });
export type GeneratedMapResponse = z.infer<typeof generatedMapResponse>;
