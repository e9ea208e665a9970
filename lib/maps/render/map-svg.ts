import { traceLoops } from "../generators/trace";
import { normalizeLayout } from "../generators/vectorize";
import type {
  MapFloor,
  MapLayout,
  MapStyleName,
  Material,
  Point,
  TerrainKind,
  WallKind,
} from "@/lib/schemas/map-layout";
import { objectSvg } from "./object-svg";
import { shadingLayers } from "./shading";
import { texture, type Style, type TextureName } from "./textures";

export type MapStyle = MapStyleName;
/** "dm": room numbers, trap and secret-door markers; "player": none (a secret door is wall). */
export type MapVersion = "dm" | "player";
export type MapSvgOptions = { pps: number; grid: boolean; style?: MapStyle; version?: MapVersion; floor?: number };

const ring = (pts: Point[], s: number) => `M${pts.map((p) => `${r1(p.x * s)} ${r1(p.y * s)}`).join("L")}Z`;
const line = (pts: Point[], s: number, closed?: boolean) =>
  `M${pts.map((p) => `${r1(p.x * s)} ${r1(p.y * s)}`).join("L")}${closed ? "Z" : ""}`;
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Ink style: every wall in one black line. */
export const INK_WALL = "#141210";
/** Wall strokes per kind: a dark outline and (built walls) a lighter core. */
export const WALL_LOOK: Record<WallKind, { outer: string; inner: string | null; width: number }> = {
  stone: { outer: "#1e1a17", inner: "#6f685e", width: 0.3 },
  wood: { outer: "#1e130b", inner: "#5a2f14", width: 0.3 },
  rock: { outer: "#1a1612", inner: null, width: 0.12 },
  palisade: { outer: "#2a1a0e", inner: "#7a5430", width: 0.3 },
  hedge: { outer: "#1e3a16", inner: "#3c6a2c", width: 0.4 },
  cliff: { outer: "#2a2420", inner: null, width: 0.14 },
};

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

/**
 * The squares terrain stands on: its smoothed outline is drawn clipped to them, so a rounded
 * pool never spills over a neighbouring floor or into a tower (the shore shows where it recedes).
 */
function terrainSquares(floor: MapFloor): Point[][] {
  const terrainTiles = new Set(["~", "w", "c", "l", "i", "m", "r"]);
  return traceLoops(floor.tiles[0]?.length ?? 0, floor.tiles.length, (x, y) => terrainTiles.has(floor.tiles[y][x]));
}

const TERRAIN_TEXTURE: Record<TerrainKind, TextureName> = {
  "water-deep": "water",
  "water-shallow": "water",
  chasm: "chasm",
  lava: "lava",
  ice: "ice",
  mud: "mud",
  rubble: "rubble",
};

function terrainSvg(floor: MapFloor, s: number, ink: boolean, tex: (n: TextureName) => string): string[] {
  const out: string[] = [];
  for (const t of floor.terrain) {
    const d = ring(t.polygon, s) + (t.holes ?? []).map((h) => ring(h, s)).join("");
    if (ink) {
      const fill =
        t.kind === "chasm"
          ? "#1e1a16"
          : t.kind === "lava"
            ? "#c8643a"
            : t.kind.startsWith("water")
              ? "#9ab8c8"
              : t.kind === "ice"
                ? "#dde8ee"
                : "#b8a888";
      out.push(
        `<path d="${d}" fill="${fill}" fill-opacity="${t.kind === "water-shallow" ? 0.35 : 0.6}" fill-rule="evenodd" stroke="#1e1a16" stroke-width="${s / 30}"/>`,
      );
      if (t.kind === "water-deep")
        out.push(
          `<path d="${d}" fill="none" stroke="#1e1a16" stroke-opacity="0.5" stroke-width="${s / 40}" stroke-dasharray="${s * 0.3} ${s * 0.2}" transform="translate(${s * 0.12} ${s * 0.12})"/>`,
        );
      continue;
    }
    if (t.kind === "water-shallow") {
      // A shore: wet sand and a foam line round the water's edge.
      out.push(
        `<path d="${d}" fill="none" stroke="#cdb98a" stroke-opacity="0.7" stroke-width="${s * 0.35}" stroke-linejoin="round" fill-rule="evenodd"/>`,
      );
      out.push(
        `<path d="${d}" fill="${tex("water")}" fill-opacity="0.6" fill-rule="evenodd" stroke="#e8f4f4" stroke-opacity="0.55" stroke-width="${s * 0.06}"/>`,
      );
    } else if (t.kind === "water-deep")
      out.push(
        `<path d="${d}" fill="${tex("water")}" fill-rule="evenodd"/><path d="${d}" fill="#0c2a44" fill-opacity="0.35" fill-rule="evenodd"/>`,
      );
    else if (t.kind === "lava")
      out.push(
        `<path d="${d}" fill="none" stroke="#ff7a1a" stroke-opacity="0.35" stroke-width="${s * 0.5}"/><path d="${d}" fill="${tex("lava")}" fill-rule="evenodd" stroke="#2a140a" stroke-width="${s * 0.08}"/>`,
      );
    else if (t.kind === "chasm")
      out.push(
        `<path d="${d}" fill="${tex("chasm")}" fill-rule="evenodd" stroke="#3a322c" stroke-width="${s * 0.18}"/><path d="${d}" fill="none" stroke="#000" stroke-opacity="0.6" stroke-width="${s * 0.06}" transform="translate(0 ${s * 0.1})"/>`,
      );
    else
      out.push(
        `<path d="${d}" fill="${tex(TERRAIN_TEXTURE[t.kind])}" fill-opacity="${t.kind === "rubble" ? 0.9 : 0.75}" fill-rule="evenodd"/>`,
      );
  }
  return out;
}

function wallsSvg(floor: MapFloor, s: number, ink: boolean): string[] {
  const out: string[] = [];
  const byKind = new Map<WallKind, string[]>();
  for (const w of floor.walls) byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), line(w.points, s, w.closed)]);
  // A player's secret door is wall: drawn with the walls, in the walls' own stroke.
  const secret = floor.doors.filter((d) => d.kind === "secret").map((d) => line([d.a, d.b], s));
  const join = `stroke-linejoin="round" stroke-linecap="round" fill="none"`;
  for (const [kind, paths] of byKind) {
    const look = WALL_LOOK[kind];
    const d = paths.join("") + (kind === "stone" || kind === "rock" || kind === "cliff" ? secret.join("") : "");
    if (ink)
      out.push(`<path d="${d}" stroke="${INK_WALL}" stroke-width="${s * Math.max(0.14, look.width * 0.7)}" ${join}/>`);
    else {
      out.push(`<path d="${d}" stroke="${look.outer}" stroke-width="${s * look.width}" ${join}/>`);
      if (look.inner)
        out.push(`<path d="${d}" stroke="${look.inner}" stroke-width="${s * (look.width - 0.1)}" ${join}/>`);
    }
  }
  if (secret.length > 0 && ![...byKind.keys()].some((k) => k === "stone" || k === "rock" || k === "cliff"))
    out.push(
      `<path d="${secret.join("")}" stroke="${ink ? "#141210" : "#1e1a17"}" stroke-width="${s * 0.3}" ${join}/>`,
    );
  for (const ledge of floor.walls.filter((w) => w.oneWay)) out.push(ledgeTicks(ledge.points, s, ink));
  for (const w of floor.windows) {
    const d = line([w.a, w.b], s);
    out.push(
      ink
        ? `<path d="${d}" stroke="#f4ead2" stroke-width="${s * 0.1}"/><path d="${d}" stroke="#141210" stroke-width="${s * 0.03}"/>`
        : `<path d="${d}" stroke="#1e1a17" stroke-width="${s * 0.2}"/><path d="${d}" stroke="#bfe3f0" stroke-width="${s * 0.09}"/>`,
    );
  }
  for (const door of floor.doors) {
    if (door.kind === "secret") continue;
    const dx = door.b.x - door.a.x;
    const dy = door.b.y - door.a.y;
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    const len = Math.hypot(dx, dy) * s;
    const ax = door.a.x * s;
    const ay = door.a.y * s;
    const t = s * 0.26;
    const leaf = (fill: string) =>
      `<rect x="${len * 0.06}" y="${-t / 2}" width="${len * 0.88}" height="${t}" fill="${fill}" stroke="#1a120a" stroke-width="${Math.max(1, s / 35)}"/>`;
    const wood = ink ? "#f4ead2" : door.state === "locked" ? "#6a3a18" : "#8b5a2b";
    if (door.state === "open") {
      // Swung open from its hinge (the first end), with the swing arc.
      out.push(
        `<g transform="translate(${r1(ax)} ${r1(ay)}) rotate(${r1(angle)})"><path d="M${len} 0A${len} ${len} 0 0 1 0 ${len}" fill="none" stroke="${ink ? "#141210" : "#2a1a0e"}" stroke-opacity="0.45" stroke-width="${Math.max(1, s / 50)}" stroke-dasharray="${s * 0.06} ${s * 0.06}"/><g transform="rotate(90)">${leaf(wood)}</g></g>`,
      );
    } else {
      out.push(
        `<g transform="translate(${r1(ax)} ${r1(ay)}) rotate(${r1(angle)})">${leaf(wood)}${door.state === "locked" ? `<rect x="${len / 2 - t * 0.35}" y="${-t * 0.35}" width="${t * 0.7}" height="${t * 0.7}" fill="${ink ? "#141210" : "#d8b04a"}"/>` : ""}</g>`,
      );
    }
  }
  return out;
}

/** Short strokes down the low side of a one-way ledge (the left of its direction), as maps draw a drop. */
function ledgeTicks(points: Point[], s: number, ink: boolean): string {
  const ticks: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (len === 0) continue;
    const [nx, ny] = [(b.y - a.y) / len, -(b.x - a.x) / len];
    for (let t = 0.15; t < 1; t += 0.3) {
      const px = a.x + (b.x - a.x) * t;
      const py = a.y + (b.y - a.y) * t;
      // (nx, ny) is the left of travel on screen (y down): the low side, where the ticks hang.
      ticks.push(`M${r1(px * s)} ${r1(py * s)}l${r1(nx * s * 0.28)} ${r1(ny * s * 0.28)}`);
    }
  }
  return `<path d="${ticks.join("")}" stroke="${ink ? INK_WALL : "#2a2420"}" stroke-width="${Math.max(1, s / 28)}" stroke-linecap="round" fill="none"/>`;
}

function stairSvg(st: MapFloor["stairs"][number], s: number, ink: boolean): string {
  const x = st.x * s;
  const y = st.y * s;
  const w = st.w * s;
  const h = st.h * s;
  const steps = Math.max(3, Math.round(Math.max(st.w, st.h) * 4));
  const vertical = st.h >= st.w;
  const treads = Array.from({ length: steps - 1 }, (_, i) =>
    vertical ? `M${x} ${y + ((i + 1) * h) / steps}h${w}` : `M${x + ((i + 1) * w) / steps} ${y}v${h}`,
  ).join("");
  const shade = ink ? "" : `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="url(#stair-fade)" />`;
  void shade;
  return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${ink ? "#f4ead2" : st.direction === "down" ? "#5a544c" : "#a49c8e"}" stroke="#1a1612" stroke-width="${s / 25}"/><path d="${treads}" stroke="#1a1612" stroke-width="${s / 35}"/><path d="M${x + w / 2} ${y + h * 0.2}L${x + w / 2} ${y + h * 0.8}M${x + w * 0.3} ${y + h * (st.direction === "up" ? 0.4 : 0.6)}L${x + w / 2} ${y + h * (st.direction === "up" ? 0.2 : 0.8)}L${x + w * 0.7} ${y + h * (st.direction === "up" ? 0.4 : 0.6)}" stroke="${ink ? "#141210" : "#f4ecd8"}" stroke-width="${s / 20}" fill="none"/>`;
}

function markersSvg(floor: MapFloor, s: number, ink: boolean): string[] {
  const out: string[] = [];
  const font = `font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle"`;
  for (const t of floor.traps) {
    const cx = (t.x + t.w / 2) * s;
    const cy = (t.y + t.h / 2) * s;
    out.push(
      `<rect x="${t.x * s + s * 0.1}" y="${t.y * s + s * 0.1}" width="${t.w * s - s * 0.2}" height="${t.h * s - s * 0.2}" fill="#c62828" fill-opacity="0.18" stroke="#c62828" stroke-width="${s / 18}" stroke-dasharray="${s / 8}"/><text x="${cx}" y="${cy + s * 0.15}" ${font} font-size="${s * 0.42}" fill="#c62828">T</text>`,
    );
  }
  for (const d of floor.doors.filter((x) => x.kind === "secret")) {
    const cx = ((d.a.x + d.b.x) / 2) * s;
    const cy = ((d.a.y + d.b.y) / 2) * s;
    out.push(
      `<path d="${line([d.a, d.b], s)}" stroke="#9c4dcc" stroke-width="${s * 0.1}" stroke-dasharray="${s * 0.12} ${s * 0.08}"/><circle cx="${cx}" cy="${cy}" r="${s * 0.24}" fill="#f3e5ff" stroke="#7b1fa2" stroke-width="${s / 30}"/><text x="${cx}" y="${cy + s * 0.12}" ${font} font-size="${s * 0.32}" fill="#7b1fa2">S</text>`,
    );
  }
  for (const room of floor.rooms) {
    const at = room.label ?? { x: room.x + room.w / 2, y: room.y + room.h / 2 };
    const cx = at.x * s;
    const cy = at.y * s;
    const r = s * 0.3;
    out.push(
      `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${ink ? "#fffaf0" : "#f4ecd8"}" fill-opacity="0.92" stroke="#3b2a1a" stroke-width="${Math.max(1, s / 25)}"/><text x="${cx}" y="${cy + r * 0.38}" ${font} font-size="${r * (room.id >= 10 ? 0.9 : 1.1)}" fill="#3b2a1a">${room.id}</text>`,
    );
  }
  return out;
}
