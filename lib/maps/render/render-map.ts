import sharp from "sharp";
import type { MapGeometry } from "../geometry";
import type { MapLayout } from "../types";
import { mapSvg } from "./map-svg";

export type RenderFormat = "png" | "webp";

/**
 * Rasterises the SVG with sharp. PNG uses a palette (maps have few colours), which keeps files
 * small and is faster to compress than truecolour; WebP uses its own lossy encoder.
 */
export async function renderMap(layout: MapLayout, geometry: MapGeometry, options: { pps: number; grid?: boolean; format?: RenderFormat }): Promise<{ bytes: Buffer; mimeType: string; width: number; height: number; format: RenderFormat }> {
  const svg = mapSvg(layout, geometry, { pps: options.pps, grid: options.grid ?? true });
  const format = options.format ?? "png";
  const image = sharp(Buffer.from(svg), { limitInputPixels: 10_000 * 10_000 });
  const bytes = format === "png" ? await image.png({ palette: true, compressionLevel: 6, effort: 1 }).toBuffer() : await image.webp({ quality: 82, effort: 2 }).toBuffer();
  return { bytes, mimeType: format === "png" ? "image/png" : "image/webp", width: layout.width * options.pps, height: layout.height * options.pps, format };
}
