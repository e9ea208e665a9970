import { stampToken } from "@/lib/images/stamp-token";
import { PIXELS_PER_SQUARE, RING_COLOR, SQUARES, type TokenStyle } from "@/lib/schemas/token-vocabulary";

/**
 * A round token sized by creature size (squares × PIXELS_PER_SQUARE), its ring coloured by
 * disposition; lib/images stamps it.
 */
export async function renderToken(
  source: Buffer,
  style: TokenStyle,
): Promise<{ bytes: Buffer; size: number; mimeType: string }> {
  const size = Math.round(SQUARES[style.size] * PIXELS_PER_SQUARE);
  const ring = Math.max(2, Math.round(size * style.ringWidth));
  const bytes = await stampToken(source, {
    size,
    ring,
    ringColor: RING_COLOR[style.disposition],
    background: style.background,
    zoom: style.zoom,
    offsetX: style.offsetX,
    offsetY: style.offsetY,
    format: style.format,
  });
  return { bytes, size, mimeType: style.format === "png" ? "image/png" : "image/webp" };
}
