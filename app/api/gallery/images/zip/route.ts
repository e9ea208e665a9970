import { z } from "zod";
import { withUser } from "@/lib/auth/with-user";
import { parseSearchParams } from "@/lib/http/parse";
import { zipImages } from "@/lib/gallery/zip-images";

const zipQuery = z.object({ ids: z.string().transform((value) => value.split(",")).pipe(z.array(z.uuid()).min(1).max(200)) });

/** Download the selected images as one zip. */
export const GET = withUser(async (request, { userId }) => {
  const { ids } = parseSearchParams(request.url, zipQuery);
  const zip = await zipImages(userId, ids);
  return new Response(new Uint8Array(zip), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": 'attachment; filename="arcane-forge-images.zip"',
      "cache-control": "private, no-store",
    },
  });
});
