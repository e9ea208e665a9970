/** A resized or converted copy the image route makes on request (and caches). */
export type ImageFileVariant = { width?: number; height?: number; format?: "png" | "jpg" | "webp" };

/**
 * The one address of a stored image: the authorizing image route, never the file on disk. Safe in
 * client components (no server imports). With a variant, the route serves a cached derivative.
 */
export function imageFileUrl(imageId: string, variant: ImageFileVariant = {}): string {
  const query = new URLSearchParams();
  if (variant.width) query.set("width", String(variant.width));
  if (variant.height) query.set("height", String(variant.height));
  if (variant.format) query.set("format", variant.format);
  const search = query.toString();
  return `/api/images/${encodeURIComponent(imageId)}/file${search ? `?${search}` : ""}`;
}
