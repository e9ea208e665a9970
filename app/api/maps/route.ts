import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { json } from "@/lib/http/respond";
import { listMaps } from "@/lib/maps/map-queries";
import { listMapsQuerySchema } from "@/lib/schemas/maps";

export const GET = withUser(async (request, { userId }) => {
  const { campaignId } = parseSearchParams(request.url, listMapsQuerySchema);
  return json({ maps: await listMaps(userId, campaignId) });
});
