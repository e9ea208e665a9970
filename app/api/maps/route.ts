import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listMaps } from "@/lib/maps/map-queries";
import { listMapsQuerySchema } from "@/lib/schemas/maps";

export const GET = route({ query: listMapsQuerySchema }, async ({ userId, query }) =>
  json({ maps: await listMaps(userId, query.campaignId) }),
);
