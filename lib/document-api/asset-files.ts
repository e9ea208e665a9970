import "server-only";
import { z } from "zod";
import { notFound } from "@/lib/http/errors";
import { PATH_NOT_FOUND } from "@/lib/http/issue-codes";
import { isId } from "@/lib/http/id";
import { json } from "@/lib/http/respond";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";
import { downloadMap } from "@/lib/maps/map-download";
import { getMap } from "@/lib/maps/map-queries";
import { getToken } from "@/lib/tokens/token-queries";
import { documentMap } from "./maps";
import { documentToken } from "./tokens";

/**
 * The requirement's asset paths, served from the stored records through the same access rules as
 * everything else: the picture is the one this viewer may see (a player gets the players' version
 * of a revealed map, the DM the DM's), the Foundry scene holds secret doors and is the DM's only
 * (like every map download), and a map or token outside the named campaign is a 404.
 */

/** `{token id}.png` or `{token id}.json`; anything else names nothing (404). */
export const tokenFileParam = z
  .string()
  .refine((value) => /^[^.]+\.(png|json)$/.test(value) && isId(value.split(".")[0]), {
    error: "Token not found",
    params: PATH_NOT_FOUND,
  })
  .transform((value) => ({ tokenId: value.split(".")[0], ext: value.split(".")[1] as "png" | "json" }));

async function mapInCampaign(userId: string, campaignId: string, mapId: string) {
  const map = await getMap(userId, mapId);
  if (map.campaignId !== campaignId) throw notFound("Map");
  return map;
}

export async function mapPicture(
  request: Request,
  userId: string,
  campaignId: string,
  mapId: string,
): Promise<Response> {
  const map = await mapInCampaign(userId, campaignId, mapId);
  return imageFileResponse(request, await getViewableImage(userId, map.imageId, { format: "png" }));
}

export async function mapScene(userId: string, campaignId: string, mapId: string): Promise<Response> {
  await mapInCampaign(userId, campaignId, mapId);
  const scene = await downloadMap(userId, mapId, "foundry");
  return new Response(typeof scene.body === "string" ? scene.body : new Uint8Array(scene.body), {
    headers: { "content-type": "application/json", "cache-control": "private, no-store" },
  });
}

export async function mapMetadata(userId: string, campaignId: string, mapId: string): Promise<Response> {
  const map = await mapInCampaign(userId, campaignId, mapId);
  // The scene has its own path (map.json) and is the DM's only: the metadata leaves it out.
  return json({
    ...(await documentMap(map)),
    scene_data: undefined,
    campaign_id: campaignId,
    description: map.description,
    map_type: map.mapType,
    grid_size: map.gridSizeFeet,
    pixels_per_square: map.pixelsPerSquare,
    seed: map.seed,
    visibility: map.visibility,
    rooms: map.layout.rooms.length,
    created_at: map.createdAt,
  });
}

async function tokenInCampaign(userId: string, campaignId: string, tokenId: string) {
  const token = await getToken(userId, tokenId);
  if (token.campaignId !== campaignId) throw notFound("Token");
  return token;
}

export async function tokenFile(
  request: Request,
  userId: string,
  campaignId: string,
  file: z.output<typeof tokenFileParam>,
): Promise<Response> {
  const token = await tokenInCampaign(userId, campaignId, file.tokenId);
  if (file.ext === "png") {
    if (!token.imageId) throw notFound("Token image");
    return imageFileResponse(request, await getViewableImage(userId, token.imageId, { format: "png" }));
  }
  return json({
    ...documentToken(token),
    campaign_id: campaignId,
    size: token.creatureSize,
    width: token.gridWidth,
    height: token.gridHeight,
    disposition: token.disposition,
    character_id: token.characterId,
    visibility: token.visibility,
    created_at: token.createdAt,
  });
}
