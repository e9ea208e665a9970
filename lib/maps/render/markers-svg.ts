import type { MapFloor } from "@/lib/schemas/map-layout";
import { line } from "./svg-path";

export function stairSvg(st: MapFloor["stairs"][number], s: number, ink: boolean): string {
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

export function markersSvg(floor: MapFloor, s: number, ink: boolean): string[] {
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
