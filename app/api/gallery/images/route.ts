import { withUser } from "@/lib/auth/with-user";
import { listGalleryImages } from "@/lib/gallery/list-images";
import { json } from "@/lib/http/respond";
import { parseSearchParams } from "@/lib/http/parse";
import { galleryQuerySchema } from "@/lib/schemas/gallery";
import { uploadToGallery } from "@/lib/uploads/upload-to-gallery";

/** The gallery grid: every visible image, filtered and sorted, a cursor page at a time. */
export const GET = withUser(async (request, { userId }) => json(await listGalleryImages(userId, parseSearchParams(request.url, galleryQuerySchema))));

/** Drag-and-drop upload: multipart `file` (+ optional `campaign`, `tags`). */
export const POST = withUser(async (request, { userId }) => json(await uploadToGallery(userId, request), { status: 201 }));
