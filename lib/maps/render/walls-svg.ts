import type { MapFloor, Point, WallKind } from "@/lib/schemas/map-layout";
import { line, r1 } from "./svg-path";

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

export function wallsSvg(floor: MapFloor, s: number, ink: boolean): string[] {
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
