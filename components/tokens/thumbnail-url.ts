import { imageFileUrl } from "@/lib/images/urls";

/** A gallery image's 160 px WebP thumbnail, as the picker and the chosen-image row show it. */
export const thumbnailUrl = (imageId: string) => imageFileUrl(imageId, { width: 160, format: "webp" });
