import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams, parseWith } from "@/lib/http/parse";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";
import { imageFileQuerySchema, imageIdParams } from "@/lib/schemas/gallery";

/** Seed 002's image serving: the same authorizing route as /api/images/{id}/file, by its v1 path. */
export const GET = withUser(async (request, { userId, params }) => {
  const { imageId } = parseWith(imageIdParams, params);
  const image = await getViewableImage(userId, imageId, parseSearchParams(request.url, imageFileQuerySchema));
  return imageFileResponse(request, image);
});
