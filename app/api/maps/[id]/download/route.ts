import { z } from "zod";
import { attachment } from "@/lib/http/attachment";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { downloadMap, mapFloorPicture } from "@/lib/maps/map-download";
import { mapDownloadQuerySchema } from "@/lib/schemas/maps";

/**
 * ?format=png|webp|foundry|dd2vtt|foundry-bundle (foundry: &tokens=party|all places the campaign's tokens; &floor=n) — an attachment with a readable file name.
 * format=png&floor=n[&picture=dm|player] is one floor's picture for the map view: anyone who may see the map, a player only the players' version.
 */
export const GET = route(
  { params: z.object({ id: id("Map") }), query: mapDownloadQuerySchema },
  async ({ userId, params, query }) => {
    if (query.format === "png" && query.floor !== undefined) {
      const file = await mapFloorPicture(userId, params.id, query.floor, query.picture ?? "dm");
      // A map version never changes, so the browser may keep a floor it has drawn once.
      return attachment(file.body, {
        filename: file.filename,
        contentType: file.contentType,
        headers: { "cache-control": "private, max-age=86400" },
      });
    }
    const file = await downloadMap(userId, params.id, query.format, { tokens: query.tokens, floor: query.floor });
    return attachment(file.body, { filename: file.filename, contentType: file.contentType });
  },
);
