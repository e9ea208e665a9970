import { rasterizeSvg, type RasterFormat } from "@/lib/images/rasterize-svg";
import type { MapGeometry } from "../geometry";
import type { MapLayout } from "../types";
import { mapSvg } from "./map-svg";

/** Draws the map as SVG and rasterises it (lib/images) at `pps` pixels per square. */
export async function renderMap(layout: MapLayout, geometry: MapGeometry, options: { pps: number; grid?: boolean; format?: RasterFormat }): Promise<{ bytes: Buffer; mimeType: string; width: number; height: number; format: RasterFormat }> {
  const svg = mapSvg(layout, geometry, { pps: options.pps, grid: options.grid ?? true });
  const format = options.format ?? "png";
  const bytes = await rasterizeSvg(svg, format);
  return { bytes, mimeType: format === "png" ? "image/png" : "image/webp", width: layout.width * options.pps, height: layout.height * options.pps, format };
}
