import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams, parseWith } from "@/lib/http/parse";
import { downloadMap } from "@/lib/maps/map-download";
import { mapDownloadQuerySchema } from "@/lib/schemas/maps";

/** ?format=png|webp|foundry|dd2vtt (foundry: &tokens=party|all places the campaign's tokens) — an attachment with a readable file name. */
export const GET = withUser(async (request, { userId, params }) => {
  const id = parseWith(z.uuid(), params.id);
  const { format, tokens } = parseSearchParams(request.url, mapDownloadQuerySchema);
  const file = await downloadMap(userId, id, format, { tokens });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "private, no-store" },
  });
});
