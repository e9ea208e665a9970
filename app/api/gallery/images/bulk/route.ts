import { withUser } from "@/lib/auth/with-user";
import { bulkUpdateImages } from "@/lib/gallery/bulk-images";
import { json } from "@/lib/http/respond";
import { parseJsonBody } from "@/lib/http/parse";
import { galleryBulkSchema } from "@/lib/schemas/gallery";

/** Bulk tag, untag, favorite, unfavorite or delete gallery images. */
export const POST = withUser(async (request, { userId }) => json(await bulkUpdateImages(userId, await parseJsonBody(request, galleryBulkSchema))));
