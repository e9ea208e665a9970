import { rasterizeSvg, type RasterFormat } from "@/lib/images/rasterize-svg";
import type { MapLayout } from "@/lib/schemas/map-layout";
import { mapSvg, type MapStyle, type MapVersion } from "./map-svg";

export type RenderOptions = {
  pps: number;
  grid?: boolean;
  format?: RasterFormat;
  style?: MapStyle;
  version?: MapVersion;
  floor?: number;
};

/**
 * Draws one floor of the map as SVG and rasterises it (lib/images) at `pps` pixels per square.
 * The picture draws from the layout's vector model itself (the geometry argument is kept for
 * callers written before it; walls come from the same polylines buildGeometry returns).
 */
export async function renderMap(
  layout: MapLayout,
  _geometry: unknown,
  options: RenderOptions,
): Promise<{ bytes: Buffer; mimeType: string; width: number; height: number; format: RasterFormat }> {
  const svg = mapSvg(layout, {
    pps: options.pps,
    grid: options.grid ?? true,
    style: options.style,
    version: options.version,
    floor: options.floor,
  });
  const format = options.format ?? "png";
  const bytes = await rasterizeSvg(svg, format, { truecolour: true });
  return {
    bytes,
    mimeType: format === "png" ? "image/png" : "image/webp",
    width: layout.width * options.pps,
    height: layout.height * options.pps,
    format,
  };
}
