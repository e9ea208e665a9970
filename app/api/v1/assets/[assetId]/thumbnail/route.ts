import { getAssetThumbnail } from "@/lib/assets/thumbnail";
import { imageFileResponse } from "@/lib/images/image-file-response";
import { route } from "@/lib/http/route";
import { assetIdParams, thumbnailQuerySchema } from "@/lib/schemas/gallery";

/** The favorite (or first) image, small/medium/large, as a cached WebP derivative. */
export const GET = route(
  { params: assetIdParams, query: thumbnailQuerySchema },
  async ({ userId, params, query, request }) =>
    imageFileResponse(request, await getAssetThumbnail(userId, params.assetId, query.size)),
);
