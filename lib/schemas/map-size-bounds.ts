/** Map picture bounds, shared by the generate schema and the form (no zod here: the form imports it). */
export const MAP_MIN_SQUARES = 10;
export const MAP_MAX_SQUARES = 80;
export const MAP_MIN_PIXELS_PER_SQUARE = 40;
export const MAP_MAX_PIXELS_PER_SQUARE = 200;
/** Many GPUs cannot hold a texture wider or taller than this, so Foundry could not show the picture. */
export const MAP_MAX_PICTURE_SIDE_PX = 8192;
/**
 * One render's pixels. Rendering peaks at about 6.5 MB per megapixel over the process's base (an
 * 8,000 × 8,000 px map measured 515 MB resident), so 48 megapixels keeps a render under about 450 MB.
 */
export const MAP_MAX_PICTURE_MEGAPIXELS = 48;

/** The most pixels per square a map of this many squares may have within both bounds above. */
export function largestPixelsPerSquare(width: number, height: number): number {
  let pps = Math.min(MAP_MAX_PIXELS_PER_SQUARE, Math.floor(MAP_MAX_PICTURE_SIDE_PX / Math.max(width, height)));
  while (pps > MAP_MIN_PIXELS_PER_SQUARE && width * height * pps * pps > MAP_MAX_PICTURE_MEGAPIXELS * 1_000_000) pps--;
  return pps;
}
