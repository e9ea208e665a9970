import { bulkUpdateImages } from "@/lib/gallery/bulk-images";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { galleryBulkSchema } from "@/lib/schemas/gallery";

/** Bulk tag, untag, favorite, unfavorite or delete gallery images. */
export const POST = route({ body: galleryBulkSchema }, async ({ userId, body }) =>
  json(await bulkUpdateImages(userId, body)),
);
