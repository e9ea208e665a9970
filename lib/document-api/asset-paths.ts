/**
 * The asset paths of the map and token requirement: /api/assets/maps/{campaign}/{map}/map.png,
 * map.json (the Foundry scene) and metadata.json; /api/assets/tokens/{campaign}/{token}.png and
 * .json. Things outside a campaign have no such path; they keep their /api/images URL.
 */
export const MAP_ASSET_FILES = ["map.png", "map.json", "metadata.json"] as const;
export type MapAssetFile = (typeof MAP_ASSET_FILES)[number];

export const mapAssetUrl = (campaignId: string, mapId: string, file: MapAssetFile) =>
  `/api/assets/maps/${campaignId}/${mapId}/${file}`;
export const tokenAssetUrl = (campaignId: string, tokenId: string, ext: "png" | "json") =>
  `/api/assets/tokens/${campaignId}/${tokenId}.${ext}`;
