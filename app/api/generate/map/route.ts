import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { mapEnvelope } from "@/lib/document-api/maps";
import { createMap } from "@/lib/maps/create-map";
import { generateMapSchema } from "@/lib/schemas/maps";

/**
 * Generate a map (or, with regenerateOf, its next version): 201 with the stored map version, and
 * `success` with the requirement's `map` (id, name, type, width, height, image_url, scene_data).
 */
export const POST = route({ body: generateMapSchema }, async ({ userId, body }) =>
  json(await mapEnvelope(await createMap(userId, body)), { status: 201 }),
);
