import "server-only";
import { prisma } from "@/lib/db/client";
import { getFileStorage } from "@/lib/storage";
import { packTexturePath } from "@/lib/tokens/token-pack";
import { readableTokens, writableMaps } from "@/lib/access/content";
import { notFound } from "@/lib/http/errors";
import { tokenInclude } from "@/lib/tokens/token-view";
import type { FoundryScene } from "./export/foundry-scene";
import { placeTokensOnScene } from "./export/placed-tokens";
import { toUniversalVtt } from "./export/universal-vtt";
import { buildGeometry } from "./geometry";
import type { StoredLayout } from "./map-view";
import { renderMap } from "./render/render-map";

export type MapDownload = { body: Buffer | string; contentType: string; filename: string };

/** PNG (the stored picture), WebP (re-rendered from the layout), Foundry scene JSON or .dd2vtt. */
export async function downloadMap(userId: string, mapId: string, format: "png" | "webp" | "foundry" | "dd2vtt", options: { tokens?: "party" | "all" } = {}): Promise<MapDownload> {
  // Every download holds DM-only data (the DM picture's markers, the room key, secret doors in
  // the walls): the map's owner or its campaign's DM only; a player gets the same 404 as a stranger.
  const map = await prisma.map.findFirst({ where: { id: mapId, ...writableMaps(userId) } });
  if (!map) throw notFound("Map");
  const layout = map.layout as unknown as StoredLayout;
  const base = `${map.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "map"}-v${map.version}`;
  const png = async () => {
    const image = await prisma.image.findFirst({ where: { id: layout.imageId, assetId: map.assetId }, select: { path: true } });
    return image ? getFileStorage().read(image.path) : (await renderMap(layout, buildGeometry(layout), { pps: map.pixelsPerSquare })).bytes;
  };
  switch (format) {
    case "png":
      return { body: await png(), contentType: "image/png", filename: `${base}.png` };
    case "webp": {
      const webp = await renderMap(layout, buildGeometry(layout), { pps: map.pixelsPerSquare, format: "webp" });
      return { body: webp.bytes, contentType: "image/webp", filename: `${base}.webp` };
    }
    case "foundry": {
      const scene = options.tokens && map.campaignId ? await withCampaignTokens(userId, map, layout, options.tokens) : map.foundryScene;
      return { body: JSON.stringify(scene, null, 2), contentType: "application/json", filename: `${base}${options.tokens && map.campaignId ? `-${options.tokens}` : ""}.foundry.json` };
    }
    case "dd2vtt": {
      const uvtt = toUniversalVtt(buildGeometry(layout), { pixelsPerSquare: map.pixelsPerSquare, imageBase64: (await png()).toString("base64") });
      return { body: JSON.stringify(uvtt), contentType: "application/json", filename: `${base}.dd2vtt` };
    }
  }
}

/** At most this many tokens go on a scene (a party, or a busy encounter), nearest the entrance first. */
const MAX_PLACED_TOKENS = 40;

/**
 * The stored scene with the campaign's tokens (only those the user may see) standing on free floor
 * near the entrance. texture.src is each token's path in the token pack, so unzipping the pack
 * into the Foundry data folder makes the pictures appear. Tokens without room are listed in flags.
 */
async function withCampaignTokens(userId: string, map: { campaignId: string | null; pixelsPerSquare: number; foundryScene: unknown }, layout: StoredLayout, which: "party" | "all") {
  const rows = await prisma.token.findMany({
    where: { AND: [readableTokens(userId), { campaignId: map.campaignId }, which === "party" ? { disposition: "PC" } : {}] },
    include: tokenInclude,
    orderBy: { createdAt: "desc" },
  });
  // One token per character (its newest); tokens with no picture cannot be shown.
  const seen = new Set<string>();
  const chosen = rows
    .filter((row) => row.asset.images[0] && (!row.characterId || (!seen.has(row.characterId) && seen.add(row.characterId))))
    .slice(0, MAX_PLACED_TOKENS)
    .reverse();
  const { tokens, unplaced } = placeTokensOnScene(
    layout,
    chosen.map((row) => ({ id: row.id, name: row.name, disposition: row.disposition, creatureSize: row.creatureSize, gridWidth: row.gridWidth, gridHeight: row.gridHeight, textureSrc: packTexturePath(row, row.asset.images[0]) })),
    map.pixelsPerSquare,
  );
  const scene = map.foundryScene as FoundryScene;
  return { ...scene, tokens, flags: { ...scene.flags, "arcane-forge": { ...scene.flags["arcane-forge"], tokensFrom: which, unplacedTokens: unplaced } } };
}
