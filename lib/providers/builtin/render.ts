/**
 * The built-in engine's SVG layers to PNG: lib/images composes them (backdrop, figure, style
 * treatment) and lays the frame and label over the result last.
 */
import { composePicture } from "@/lib/images/compose-picture";
import { frameSvg, type FrameOptions } from "./frame-svg";
import { drawInStyle } from "./style-drawing";
import type { StyleKey } from "./lexicon";

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

export function renderPng({ backdrop, figure, width, height, style, seed, frame }: RenderInput): Promise<Buffer> {
  // The style draws first (lines, shading, background), then its pixel treatment runs over that.
  const drawn = drawInStyle({ backdrop, figure }, style, width, height);
  return composePicture({ ...drawn, overlay: frameSvg({ width, height, ...frame }), style, seed });
}
