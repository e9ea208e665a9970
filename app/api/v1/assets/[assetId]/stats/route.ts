import { getAssetStats } from "@/lib/assets/asset-stats";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetIdParams } from "@/lib/schemas/gallery";

export const GET = route({ params: assetIdParams }, async ({ userId, params }) =>
  json(await getAssetStats(userId, params.assetId)),
);
