import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { parseWith } from "@/lib/http/parse";
import { getViewableImage } from "@/lib/images/get-viewable-image";
import { imageFileResponse } from "@/lib/images/image-file-response";

const imageFileParams = z.object({ id: z.uuid() });

/** The only way to an image's bytes: checks who may see it, then streams it with cache validators. */
export const GET = withUser(async (request, { userId, params }) => {
  const { id } = parseWith(imageFileParams, params);
  const image = await getViewableImage(userId, id);
  return imageFileResponse(request, image);
});
