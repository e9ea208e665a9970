import { z } from "zod";
import { attachment } from "@/lib/http/attachment";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { downloadMap } from "@/lib/maps/map-download";
import { mapDownloadQuerySchema } from "@/lib/schemas/maps";

/** ?format=png|webp|foundry|dd2vtt|foundry-bundle (foundry: &tokens=party|all places the campaign's tokens; &floor=n) — an attachment with a readable file name. */
export const GET = route({ params: z.object({ id: id("Map") }), query: mapDownloadQuerySchema }, async ({ userId, params, query }) => {
  const file = await downloadMap(userId, params.id, query.format, { tokens: query.tokens, floor: query.floor });
  return attachment(file.body, { filename: file.filename, contentType: file.contentType });
});
