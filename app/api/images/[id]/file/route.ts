import { z } from "zod";
import { withSessionUserId } from "@/lib/auth/with-user";
import { parseSearchParams, parseWith } from "@/lib/http/parse";
import { imageFileQuerySchema } from "@/lib/schemas/gallery";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";

const imageFileParams = z.object({ id: z.uuid() });

/**
 * The only way to an image's bytes: checks who may see it, then streams it (or a cached resized /
 * converted derivative: width, height, quality, format) with cache validators.
 */
// getViewableImage's one query also checks the session's user still exists (401 if not).
export const GET = withSessionUserId(async (request, { userId, params }) => {
  const { id } = parseWith(imageFileParams, params);
  const options = parseSearchParams(request.url, imageFileQuerySchema);
  const image = await getViewableImage(userId, id, options);
  return imageFileResponse(request, image);
});
