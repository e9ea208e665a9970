import { normalizeLayout } from "../generators/normalize-layout";
import type { MapFloor, MapLayout, MapStyleName, Material } from "@/lib/schemas/map-layout";
import { objectSvg } from "./object-svg";
import { shadingLayers } from "./shading";
import { markersSvg, stairSvg } from "./markers-svg";
import { line, ring } from "./svg-path";
import { terrainSquares, terrainSvg } from "./terrain-svg";
import { texture, type Style, type TextureName } from "./textures";
import { wallsSvg } from "./walls-svg";

export type MapStyle = MapStyleName;
/** "dm": room numbers, trap and secret-door markers; "player": none (a secret door is wall). */
export type MapVersion = "dm" | "player";
export type MapSvgOptions = { pps: number; grid: boolean; style?: MapStyle; version?: MapVersion; floor?: number };

/**
 * The picture of one floor as SVG at `pps` pixels per square: textured floors and terrain,
 * solid rock or masonry, soft shadows and light glow, objects, then walls stroked along the
 * same polylines the exports write (so where the picture shows a wall, there is one), doors and
 * windows in their gaps, the optional grid and, in the DM version only, the markers.
 */
export function mapSvg(layout: MapLayout, options: MapSvgOptions): string {
  const normal = normalizeLayout(layout);
  const floor: MapFloor = normal.floors[Math.min(options.floor ?? 0, normal.floors.length - 1)];
  const style: Style = options.style ?? layout.style ?? "painted";
  const ink = style === "ink";
  const dm = (options.version ?? "dm") === "dm";
  const s = options.pps;
  const W = layout.width * s;
  const H = layout.height * s;
  const used = new Set<TextureName>();
  const tex = (name: TextureName) => {
    used.add(name);
    return `url(#t-${name})`;
  };
  const body: string[] = [];
  const underground = layout.mapType === "dungeon" || layout.mapType === "cave";
  // Background: rock underground, open air (dark roofs) beside upper floors, else the ground.
  const backdrop: TextureName = ink
    ? "parchment"
    : underground || floor.level < 0
      ? "rock"
      : floor.level > 0
        ? "masonry"
        : "grass";
  body.push(`<rect width="${W}" height="${H}" fill="${tex(backdrop)}"/>`);
  if (!ink && floor.level > 0) body.push(`<rect width="${W}" height="${H}" fill="#000" fill-opacity="0.55"/>`);
  const massive = floor.walls.filter((w) => w.kind === "stone" || w.kind === "rock" || w.kind === "cliff");
  if (ink && floor.solid.length > 0 && massive.length > 0) {
    // The hand-drawn hatch: a band of strokes outside every rock or masonry wall (not along the
    // map's edge), the floor drawn over its inner half.
    body.push(
      `<path d="${massive.map((w) => line(w.points, s, w.closed)).join("")}" fill="none" stroke="${tex("hatch")}" stroke-width="${s * 1.1}" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
  }
  // One path per material: the rasteriser fills a pattern tile by tile over each path's bounds,
  // so a hundred small house floors drawn separately cost far more than one combined path.
  const byMaterial = new Map<Material, string[]>();
  for (const region of floor.regions)
    byMaterial.set(region.material, [
      ...(byMaterial.get(region.material) ?? []),
      ring(region.polygon, s) + (region.holes ?? []).map((h) => ring(h, s)).join(""),
    ]);
  for (const [material, paths] of byMaterial) {
    if (material === backdropMaterial(backdrop)) continue;
    body.push(
      `<path d="${paths.join("")}" fill="${ink ? tex("parchment") : tex(material as TextureName)}" fill-rule="evenodd"/>`,
    );
    if (ink && material === "wood")
      body.push(`<path d="${paths.join("")}" fill="#8a6a40" fill-opacity="0.08" fill-rule="evenodd"/>`);
  }
  // In built places terrain keeps to its squares (a moat never spills into a tower); in natural
  // ones its smoothed outline is the shore, and rock is drawn over it anyway.
  const natural = underground || layout.mapType === "wilderness";
  if (natural) body.push(...terrainSvg(floor, s, ink, tex));
  else {
    body.push(
      `<clipPath id="terrain-squares"><path d="${terrainSquares(floor)
        .map((r) => ring(r, s))
        .join("")}" clip-rule="evenodd"/></clipPath>`,
    );
    body.push(`<g clip-path="url(#terrain-squares)">${terrainSvg(floor, s, ink, tex).join("")}</g>`);
  }
  if (!ink && floor.solid.length > 0)
    body.push(
      `<path d="${floor.solid.map((r) => ring(r, s)).join("")}" fill="${tex(natural || floor.level < 0 ? "rock" : "masonry")}" fill-rule="evenodd"/>`,
    );
  const shading = shadingLayers(floor, layout.width, layout.height, { ink });
  body.push(`<image width="${W}" height="${H}" preserveAspectRatio="none" href="${shading.shadow}"/>`);
  for (const st of floor.stairs) body.push(stairSvg(st, s, ink));
  for (const o of floor.objects) body.push(objectSvg(o, s, style));
  if (options.grid) {
    const lines: string[] = [];
    for (let x = 1; x < layout.width; x++) lines.push(`M${x * s} 0V${H}`);
    for (let y = 1; y < layout.height; y++) lines.push(`M0 ${y * s}H${W}`);
    body.push(
      `<path d="${lines.join("")}" stroke="${ink ? "#5a4a3a" : "#000"}" stroke-opacity="${ink ? 0.22 : 0.16}" stroke-width="1"/>`,
    );
  }
  body.push(...wallsSvg(floor, s, ink));
  if (dm) body.push(...markersSvg(floor, s, ink));
  const defs = [...used].map((name) => {
    const t = texture(name, style, s);
    return `<pattern id="t-${name}" patternUnits="userSpaceOnUse" width="${t.size}" height="${t.size}"><image width="${t.size}" height="${t.size}" href="${t.uri}"/></pattern>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs.join("")}</defs>${body.join("")}</svg>`;
}

/** The floor material the backdrop already shows (its regions need not be drawn again). */
const backdropMaterial = (backdrop: TextureName): Material | null => (backdrop === "grass" ? "grass" : null);
