/** A resized or converted copy the image route makes on request (and caches). */
export type ImageFileVariant = { width?: number; height?: number; format?: "png" | "jpg" | "webp" };

/**
 * The one address of a stored image: the authorizing image route, never the file on disk. Safe in
 * client components (no server imports). With a variant, the route serves a cached derivative.
 */
export function imageFileUrl(imageId: string, variant: ImageFileVariant = {}): string {
  // Numbers and a format name need no escaping; built by hand, as a gallery page builds 120 of these.
  const query = [
    variant.width ? `width=${variant.width}` : "",
    variant.height ? `height=${variant.height}` : "",
    variant.format ? `format=${variant.format}` : "",
  ].filter(Boolean);
  return `/api/images/${encodeURIComponent(imageId)}/file${query.length ? `?${query.join("&")}` : ""}`;
}
