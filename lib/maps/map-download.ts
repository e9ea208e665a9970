import "server-only";
import { prisma } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { getFileStorage } from "@/lib/storage";
import { packTexturePath } from "@/lib/tokens/token-pack";
import { readableTokens, writableMaps } from "@/lib/access/content";
import { tokenInclude } from "@/lib/tokens/token-view";
import { buildFoundryBundle, type FloorPicture } from "./export/foundry-bundle";
import { exportBaseName, mapExports, type MapExportSource } from "./export/map-exports";
import { placeTokensOnScene } from "./export/placed-tokens";
import type { FoundryScene } from "./export/foundry-scene";
import type { StoredLayout } from "./map-view";
import { findReadableMap, isDmOf } from "./map-queries";
import { ensurePlayerPicture } from "./player-picture";
import { playerLayout } from "./player-version";
import { renderMap } from "./render/render-map";

export type MapDownload = { body: Buffer | string; contentType: string; filename: string };
export type MapDownloadFormat = "png" | "webp" | "foundry" | "dd2vtt" | "foundry-bundle";
type MapRow = Awaited<ReturnType<typeof requireMapDm>>;

/**
 * A floor's picture: the stored one (`imageId`) for the ground floor, the others rendered from the
 * layout's floor; `players` draws those as the players' version (no markers).
 */
async function floorPicture(
  map: MapRow,
  layout: StoredLayout,
  index: number,
  imageId: string,
  players: boolean,
): Promise<FloorPicture> {
  const stored =
    index === 0
      ? await prisma.image.findFirst({
          where: { id: imageId, assetId: map.assetId },
          select: { path: true, format: true },
        })
      : null;
  if (stored)
    return { bytes: await getFileStorage().read(stored.path), ext: stored.format === "jpeg" ? "jpg" : stored.format };
  const picture = await renderMap(layout, null, {
    pps: map.pixelsPerSquare,
    format: "png",
    floor: index,
    version: players ? "player" : "dm",
  });
  return { bytes: picture.bytes, ext: "png" };
}

const exportSource = (map: MapRow, layout: StoredLayout): MapExportSource => ({
  id: map.id,
  name: map.name,
  version: map.version,
  pixelsPerSquare: map.pixelsPerSquare,
  description: map.description,
  layout,
});

/**
 * Every download holds DM-only data (the DM picture's markers, the room key, secret doors in the
 * walls): only the map's owner or its campaign's DM may have one (lib/access writableMaps); a
 * player of the campaign gets the same 404 as a stranger.
 */
async function requireMapDm(userId: string, mapId: string) {
  const map = await prisma.map.findFirst({ where: { id: mapId, ...writableMaps(userId) } });
  if (!map) throw notFound("Map");
  return map;
}

/**
 * PNG (the stored picture), WebP (re-rendered), a Foundry scene JSON, a .dd2vtt (the ground floor,
 * or `floor`), or the Foundry bundle (every floor, the journal, an adventure, the pictures). Scenes
 * are written from the stored layout, so older maps download with today's exports.
 */
export async function downloadMap(
  userId: string,
  mapId: string,
  format: MapDownloadFormat,
  options: { tokens?: "party" | "all"; floor?: number } = {},
): Promise<MapDownload> {
  const map = await requireMapDm(userId, mapId);
  const layout = map.layout as unknown as StoredLayout;
  const base = exportBaseName(map);
  const source = exportSource(map, layout);
  const floorIndex = options.floor ?? 0;
  const png = async () => {
    const image = await prisma.image.findFirst({
      where: { id: layout.imageId, assetId: map.assetId },
      select: { path: true },
    });
    return image
      ? getFileStorage().read(image.path)
      : (await renderMap(layout, null, { pps: map.pixelsPerSquare })).bytes;
  };
  switch (format) {
    case "png":
      return { body: await png(), contentType: "image/png", filename: `${base}.png` };
    case "webp": {
      const webp = await renderMap(layout, null, { pps: map.pixelsPerSquare, format: "webp" });
      return { body: webp.bytes, contentType: "image/webp", filename: `${base}.webp` };
    }
    case "foundry": {
      const exports = mapExports(source);
      const scene = exports.scenes[floorIndex]?.plain;
      if (!scene) throw notFound("Floor");
      const withTokens =
        options.tokens && map.campaignId && floorIndex === 0
          ? await withCampaignTokens(userId, map, exports.floors[0], scene, options.tokens)
          : scene;
      return {
        body: JSON.stringify(withTokens, null, 2),
        contentType: "application/json",
        filename: `${base}${floorIndex ? `-floor${floorIndex}` : ""}${options.tokens && map.campaignId ? `-${options.tokens}` : ""}.foundry.json`,
      };
    }
    case "dd2vtt": {
      const exports = mapExports(source);
      const floor = exports.floors[floorIndex];
      if (!floor) throw notFound("Floor");
      const picture =
        floorIndex === 0 ? { bytes: await png() } : await floorPicture(map, layout, floorIndex, layout.imageId, false);
      return {
        body: JSON.stringify(exports.universalVtt(floor, picture.bytes.toString("base64"))),
        contentType: "application/json",
        filename: `${base}${floorIndex ? `-floor${floorIndex}` : ""}.dd2vtt`,
      };
    }
    case "foundry-bundle": {
      // The players' pictures (no room numbers, traps or secret-door marks) are the scenes' backgrounds.
      const playerImageId = await ensurePlayerPicture(map);
      const pictures: FloorPicture[] = [];
      for (const floor of mapExports(source).floors)
        pictures.push(await floorPicture(map, layout, floor.index, playerImageId, true));
      const bundle = buildFoundryBundle(source, pictures);
      return { body: bundle.bytes, contentType: "application/zip", filename: bundle.filename };
    }
  }
}

/**
 * One floor's picture for the map view, under the map view's own rules (lib/access readableMaps,
 * then who is the DM): the map's DM gets the version asked for, anyone else the players' version
 * whatever they ask, drawn from the players' layout (no room numbers, traps or secret doors). The
 * ground floor is the stored picture; an upper floor is drawn on request.
 */
export async function mapFloorPicture(
  userId: string,
  mapId: string,
  floor: number,
  asked: "dm" | "player",
): Promise<MapDownload> {
  const map = await findReadableMap(userId, mapId);
  const layout = map.layout as unknown as StoredLayout;
  if (floor >= Math.max(1, layout.floors?.length ?? 0)) throw notFound("Floor");
  const players = asked === "player" || !isDmOf(userId, map);
  const imageId = floor === 0 && players ? await ensurePlayerPicture(map) : layout.imageId;
  const picture = await floorPicture(map, players ? playerLayout(layout) : layout, floor, imageId, players);
  return {
    body: picture.bytes,
    contentType: picture.ext === "jpg" ? "image/jpeg" : `image/${picture.ext}`,
    filename: `${exportBaseName(map)}-floor${floor}${players ? "-players" : ""}.${picture.ext}`,
  };
}

/** At most this many tokens go on a scene (a party, or a busy encounter), nearest the entrance first. */
const MAX_PLACED_TOKENS = 40;

/**
 * The scene with the campaign's tokens (only those the user may see) standing on free floor near
 * the entrance. texture.src is each token's path in the token pack, so unzipping the pack into the
 * Foundry data folder makes the pictures appear. Tokens without room are listed in flags.
 */
async function withCampaignTokens(
  userId: string,
  map: MapRow,
  floor: { tiles: string[] },
  scene: FoundryScene,
  which: "party" | "all",
) {
  const layout = map.layout as unknown as StoredLayout;
  const rows = await prisma.token.findMany({
    where: {
      AND: [readableTokens(userId), { campaignId: map.campaignId }, which === "party" ? { disposition: "PC" } : {}],
    },
    include: tokenInclude,
    orderBy: { createdAt: "desc" },
  });
  // One token per character (its newest); tokens with no picture cannot be shown.
  const seen = new Set<string>();
  const chosen = rows
    .filter(
      (row) => row.asset.images[0] && (!row.characterId || (!seen.has(row.characterId) && seen.add(row.characterId))),
    )
    .slice(0, MAX_PLACED_TOKENS)
    .reverse();
  const { tokens, unplaced } = placeTokensOnScene(
    { ...layout, tiles: floor.tiles },
    chosen.map((row) => ({
      id: row.id,
      name: row.name,
      disposition: row.disposition,
      creatureSize: row.creatureSize,
      gridWidth: row.gridWidth,
      gridHeight: row.gridHeight,
      textureSrc: packTexturePath(row, row.asset.images[0]),
    })),
    map.pixelsPerSquare,
  );
  return {
    ...scene,
    tokens,
    flags: {
      ...scene.flags,
      "arcane-forge": { ...scene.flags["arcane-forge"], tokensFrom: which, unplacedTokens: unplaced },
    },
  };
}
