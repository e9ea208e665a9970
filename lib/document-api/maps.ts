import "server-only";
import { prisma } from "@/lib/db/client";
import type { DocumentMap } from "@/lib/schemas/document-envelopes";
import type { GeneratedMapResponse, MapView } from "@/lib/schemas/maps-response";
import { mapAssetUrl } from "./asset-paths";

/** The requirement's map object for a stored map version (its scene read back from the row). */
export async function documentMap(view: MapView): Promise<DocumentMap> {
  const row = await prisma.map.findUnique({ where: { id: view.id }, select: { foundryScene: true } });
  const campaignId = view.campaignId;
  return {
    id: view.id,
    name: view.name,
    type: view.mapType,
    width: view.widthSquares,
    height: view.heightSquares,
    difficulty: view.difficulty,
    version: view.version,
    image_url: campaignId ? mapAssetUrl(campaignId, view.id, "map.png") : view.imageUrl,
    scene_data: (row?.foundryScene as Record<string, unknown> | null) ?? null,
    json_url: campaignId ? mapAssetUrl(campaignId, view.id, "map.json") : null,
    metadata_url: campaignId ? mapAssetUrl(campaignId, view.id, "metadata.json") : null,
  };
}

/** POST /api/generate/map's answer: the app's map view with `success` and the requirement's `map`. */
export async function mapEnvelope(generated: GeneratedMapResponse) {
  return { ...generated, success: true as const, map: await documentMap(generated) };
}
