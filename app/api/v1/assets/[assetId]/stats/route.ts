import { withUser } from "@/lib/auth/with-user";
import { getAssetStats } from "@/lib/assets/asset-stats";
import { json } from "@/lib/http/respond";
import { parseWith } from "@/lib/http/parse";
import { assetIdParams } from "@/lib/schemas/gallery";

export const GET = withUser(async (_request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  return json(await getAssetStats(userId, assetId));
});
