import { z } from "zod";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { mapScene } from "@/lib/document-api/asset-files";

/** The map's Foundry VTT scene (walls, doors, lights): the DM's only, like every map download. */
export const GET = route(
  { params: z.object({ campaignId: id("Campaign"), mapId: id("Map") }) },
  async ({ userId, params }) => mapScene(userId, params.campaignId, params.mapId),
);
