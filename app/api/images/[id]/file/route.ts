import { z } from "zod";
import { id } from "@/lib/http/id";
import { route } from "@/lib/http/route";
import { imageFileQuerySchema } from "@/lib/schemas/gallery";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";

/**
 * The only way to an image's bytes: checks who may see it, then streams it (or a cached resized /
 * converted derivative: width, height, quality, format) with cache validators. `session-id`:
 * getViewableImage's one query also checks the session's user still exists (401 if not).
 */
export const GET = route(
  { auth: "session-id", params: z.object({ id: id("Image") }), query: imageFileQuerySchema },
  async ({ userId, params, query, request }) =>
    imageFileResponse(request, await getViewableImage(userId, params.id, query)),
);
