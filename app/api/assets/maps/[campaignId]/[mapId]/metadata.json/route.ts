import { z } from "zod";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { mapMetadata } from "@/lib/document-api/asset-files";

/** The map's metadata: name, type, size in squares, difficulty, version and its asset paths. */
export const GET = route(
  { params: z.object({ campaignId: id("Campaign"), mapId: id("Map") }) },
  async ({ userId, params }) => mapMetadata(userId, params.campaignId, params.mapId),
);
