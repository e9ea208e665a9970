import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";
import { route } from "@/lib/http/route";
import { imageFileQuerySchema, imageIdParams } from "@/lib/schemas/gallery";

/** The asset API's image serving: the same authorizing route as /api/images/{id}/file, by its v1 path. */
export const GET = route(
  { params: imageIdParams, query: imageFileQuerySchema },
  async ({ userId, params, query, request }) =>
    imageFileResponse(request, await getViewableImage(userId, params.imageId, query)),
);
