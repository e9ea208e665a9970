import { withUser } from "@/lib/auth/with-user";
import { getAssetThumbnail } from "@/lib/assets/thumbnail";
import { imageFileResponse } from "@/lib/images/image-file-response";
import { parseSearchParams, parseWith } from "@/lib/http/parse";
import { assetIdParams, thumbnailQuerySchema } from "@/lib/schemas/gallery";

/** Seed 002: the favorite (or first) image, small/medium/large, as a cached WebP derivative. */
export const GET = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  const { size } = parseSearchParams(request.url, thumbnailQuerySchema);
  return imageFileResponse(request, await getAssetThumbnail(userId, assetId, size));
});
