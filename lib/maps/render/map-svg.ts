import type { MapGeometry } from "../geometry";
import type { MapLayout } from "../types";
import { featureSvg } from "./feature-svg";

const TILE_COLOR: Record<string, string> = { "#": "#2a2520", ".": "#b9ad97", _: "#a77b4f", ",": "#6f8f4a", "=": "#9a958c", "~": "#3d6f9c" };

/**
 * The map as SVG at `pps` pixels per square. Walls are stroked along the same segments the
 * exports use (geometry), so what Foundry blocks is exactly what the picture shows.
 */
export function mapSvg(layout: MapLayout, geometry: MapGeometry, options: { pps: number; grid: boolean }): string {
  const { pps } = options;
  const W = layout.width * pps;
  const H = layout.height * pps;
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`];
  // No SVG patterns: librsvg rasterises a hatch pattern tile by tile, 50× slower than flat fills.
  // Runs of equal tiles per row keep the SVG small (and fast to rasterise).
  layout.tiles.forEach((row, y) => {
    let start = 0;
    for (let x = 1; x <= row.length; x++) {
      if (x < row.length && row[x] === row[start]) continue;
      const tile = row[start];
      const fill = tile === "#" && layout.mapType !== "dungeon" && layout.mapType !== "cave" ? "#4a4038" : TILE_COLOR[tile] ?? "#000";
      parts.push(`<rect x="${start * pps}" y="${y * pps}" width="${(x - start) * pps}" height="${pps}" fill="${fill}"/>`);
      start = x;
    }
  });
  if (options.grid) {
    const lines: string[] = [];
    for (let x = 1; x < layout.width; x++) lines.push(`M${x * pps} 0V${H}`);
    for (let y = 1; y < layout.height; y++) lines.push(`M0 ${y * pps}H${W}`);
    parts.push(`<path d="${lines.join("")}" stroke="#000" stroke-opacity="0.18" stroke-width="1"/>`);
  }
  for (const f of layout.features) parts.push(featureSvg(f, pps));
  const wallWidth = Math.max(2, Math.round(pps / 8));
  parts.push(`<path d="${geometry.walls.map((s) => `M${s.x0 * pps} ${s.y0 * pps}L${s.x1 * pps} ${s.y1 * pps}`).join("")}" stroke="#120f0c" stroke-width="${wallWidth}" stroke-linecap="square"/>`);
  for (const d of geometry.doors) {
    const vertical = d.x0 === d.x1;
    const cx = ((d.x0 + d.x1) / 2) * pps;
    const cy = ((d.y0 + d.y1) / 2) * pps;
    const long = pps * 0.8;
    const short = Math.max(4, pps * 0.22);
    const [w, h] = vertical ? [short, long] : [long, short];
    if (d.kind === "secret") {
      parts.push(`<path d="M${d.x0 * pps} ${d.y0 * pps}L${d.x1 * pps} ${d.y1 * pps}" stroke="#120f0c" stroke-width="${wallWidth}"/>`);
      parts.push(`<text x="${cx}" y="${cy + pps * 0.15}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${pps * 0.45}" fill="#d9b3ff" text-anchor="middle">S</text>`);
    } else {
      parts.push(`<rect x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" fill="${d.state === "locked" ? "#7a3b1c" : "#8b5a2b"}" stroke="#2b1a0c" stroke-width="${Math.max(1, pps / 30)}"/>`);
      if (d.state === "locked") parts.push(`<circle cx="${cx}" cy="${cy}" r="${short / 3}" fill="#e0c060"/>`);
    }
  }
  for (const room of layout.rooms) {
    const cx = (room.x + room.w / 2) * pps;
    const cy = (room.y + room.h / 2) * pps;
    const r = pps * 0.32;
    parts.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="#f4ecd8" fill-opacity="0.9" stroke="#3b2a1a" stroke-width="${Math.max(1, pps / 25)}"/>`);
    parts.push(`<text x="${cx}" y="${cy + r * 0.4}" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${r * 1.1}" fill="#3b2a1a" text-anchor="middle">${room.id}</text>`);
  }
  parts.push("</svg>");
  return parts.join("");
}
