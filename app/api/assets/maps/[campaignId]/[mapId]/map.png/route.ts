import { z } from "zod";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { mapPicture } from "@/lib/document-api/asset-files";

/** The map's picture as PNG: the version this viewer may see. */
export const GET = route(
  { params: z.object({ campaignId: id("Campaign"), mapId: id("Map") }) },
  async ({ userId, params, request }) => mapPicture(request, userId, params.campaignId, params.mapId),
);
