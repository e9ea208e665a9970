/**
 * SVG to PNG with sharp: the backdrop (softened behind a figure for depth), the figure over it,
 * the style treatment (styles.ts), then the frame and label composited last so no style ever
 * blurs or tints the "Offline engine" label.
 */
import sharp, { type OverlayOptions } from "sharp";
import { frameSvg, type FrameOptions } from "./frame-svg";
import type { StyleKey } from "./lexicon";
import { applyStyle, BACKDROP_BLUR, fromRaw, type Raw } from "./styles";

export const DEFAULT_SIZE = { width: 1024, height: 1024 };
const MIN_SIDE = 256;
const MAX_SIDE = 2048;

/** "WxH" (also "W×H" or "W*H"); anything unparsable or out of range falls back to 1024². */
export function parseSize(size: string | undefined): { width: number; height: number } {
  const match = /^\s*(\d{2,5})\s*[x×*]\s*(\d{2,5})\s*$/i.exec(size ?? "");
  if (!match) return DEFAULT_SIZE;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) return DEFAULT_SIZE;
  return { width, height };
}

export type RenderInput = {
  /** Full-canvas background; blurred a little behind a figure for depth. */
  backdrop: string;
  /** Transparent layer drawn sharp over the backdrop (portraits only). */
  figure?: string;
  width: number;
  height: number;
  style: StyleKey;
  seed: number;
  frame: Omit<FrameOptions, "width" | "height">;
};

export async function renderPng({ backdrop, figure, width, height, style, seed, frame }: RenderInput): Promise<Buffer> {
  let base = sharp(Buffer.from(backdrop)).removeAlpha();
  const blur = figure ? BACKDROP_BLUR[style] : 0;
  if (blur > 0) base = base.blur(blur);
  let raw: Raw = await base.raw().toBuffer({ resolveWithObject: true });
  if (figure) raw = await fromRaw(raw).composite([{ input: Buffer.from(figure), top: 0, left: 0 }]).raw().toBuffer({ resolveWithObject: true });
  const treated = await applyStyle(raw, style, seed);
  const layers: OverlayOptions[] = [];
  if (treated.grain) layers.push({ input: treated.grain.tile, tile: true, blend: treated.grain.blend });
  layers.push({ input: Buffer.from(frameSvg({ width, height, ...frame })), top: 0, left: 0 });
  return fromRaw(treated.raw).composite(layers).png({ compressionLevel: 6 }).toBuffer();
}
