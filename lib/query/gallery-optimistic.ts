import type { InfiniteData } from "@tanstack/react-query";
import type { GalleryImage, GalleryPageResponse as Page } from "@/lib/schemas/gallery-response";

export type BulkAction = "tag" | "untag" | "favorite" | "unfavorite" | "delete" | "reveal" | "hide";

/**
 * What a bulk action will do to the grid's loaded pages, shown before the server answers: a
 * deleted image goes at once rather than after every loaded page is fetched again (a long scroll
 * is dozens of pages). The refetch that follows still has the last word (partial failures, filters
 * such as "favorites only" that an action can take an image out of).
 */
export function applyBulkAction(
  data: InfiniteData<Page> | undefined,
  action: BulkAction,
  imageIds: string[],
  tags: string[] = [],
): InfiniteData<Page> | undefined {
  if (!data) return data;
  const ids = new Set(imageIds);
  const change = (image: GalleryImage): GalleryImage | null => {
    if (!ids.has(image.id)) return image;
    switch (action) {
      case "delete":
        return null;
      case "favorite":
      case "unfavorite":
        return { ...image, is_favorite: action === "favorite" };
      case "tag":
        return { ...image, tags: [...new Set([...image.tags, ...tags])] };
      case "untag":
        return { ...image, tags: image.tags.filter((tag) => !tags.includes(tag)) };
      case "reveal":
      case "hide":
        // Only campaign images have someone to hide them from; the server refuses the rest per item.
        return image.campaign_id ? { ...image, visibility: action === "reveal" ? "party" : "dm_only" } : image;
    }
  };
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      images: page.images.map(change).filter((image): image is GalleryImage => image !== null),
    })),
  };
}
