import { listGalleryImages } from "@/lib/gallery/list-images";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { galleryQuerySchema } from "@/lib/schemas/gallery";
import { galleryUploadForm, uploadToGallery } from "@/lib/uploads/upload-to-gallery";
import { assertUploadFits } from "@/lib/uploads/upload-room";

/** The gallery grid: every visible image, filtered and sorted, a cursor page at a time. */
export const GET = route({ query: galleryQuerySchema }, async ({ userId, query }) =>
  json(await listGalleryImages(userId, query)),
);

/** Drag-and-drop upload: multipart `file` (+ optional `campaign`, `tags`); a full storage is a 413 before the body is read. */
export const POST = route(
  { authorize: ({ userId, request }) => assertUploadFits(userId, request), body: galleryUploadForm },
  async ({ userId, body }) => json(await uploadToGallery(userId, body), { status: 201 }),
);
