/**
 * Shared drawing helpers for the creature figures: every creature is drawn in a 1000-unit square
 * (ground near y=920, the head or main mass near the middle so a round token crop keeps it), with
 * one light from the upper left, dark outlines and glowing eyes, so silhouettes read at token size.
 */
import { mix, r1, shade } from "../palette";

export type Hue = { body: string; dark: string; light: string; eye: string; accent: string };

export function hue(body: string, eye: string, accent = shade(body, -0.5)): Hue {
  return { body, dark: shade(body, -0.55), light: shade(body, 0.35), eye, accent };
}

/** A radial fill lit from the upper left; `id` must be unique within the picture. */
export function litFill(id: string, color: string, strength = 0.35): string {
  return `<radialGradient id="${id}" cx="0.35" cy="0.3" r="0.85"><stop offset="0" stop-color="${shade(color, strength)}"/><stop offset="0.6" stop-color="${color}"/><stop offset="1" stop-color="${shade(color, -0.45)}"/></radialGradient>`;
}

export function glowFill(id: string, color: string): string {
  return `<radialGradient id="${id}"><stop offset="0" stop-color="${mix(color, "#ffffff", 0.6)}" stop-opacity="0.9"/><stop offset="0.45" stop-color="${color}" stop-opacity="0.45"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`;
}

/** A filled path with the dark outline every figure uses. */
export function shape(d: string, fill: string, outline: string, width = 7, extra = ""): string {
  return `<path d="${d}" fill="${fill}" stroke="${outline}" stroke-width="${width}" stroke-linejoin="round" ${extra}/>`;
}

export function line(d: string, color: string, width: number, extra = ""): string {
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" ${extra}/>`;
}

/** The left half mirrored onto the right: most creatures are drawn facing the viewer. */
export function mirrored(left: string): string {
  return left + `<g transform="translate(1000 0) scale(-1 1)">${left}</g>`;
}

/** A pair of glowing eyes; `slit` draws a reptile's vertical pupil. */
export function eyes(
  cx: number,
  cy: number,
  spacing: number,
  radius: number,
  color: string,
  pupil: "round" | "slit" | "none" = "round",
  tilt = 14,
): string {
  const one = (x: number, angle: number) =>
    `<g transform="rotate(${angle} ${r1(x)} ${r1(cy)})">` +
    `<ellipse cx="${r1(x)}" cy="${r1(cy)}" rx="${r1(radius * 2.4)}" ry="${r1(radius * 1.7)}" fill="${color}" opacity="0.35"/>` +
    `<ellipse cx="${r1(x)}" cy="${r1(cy)}" rx="${r1(radius * 1.25)}" ry="${r1(radius * 0.8)}" fill="${mix(color, "#ffffff", 0.35)}" stroke="#140c08" stroke-width="${r1(radius * 0.28)}"/>` +
    (pupil === "round" ? `<circle cx="${r1(x)}" cy="${r1(cy)}" r="${r1(radius * 0.42)}" fill="#120808"/>` : "") +
    (pupil === "slit"
      ? `<ellipse cx="${r1(x)}" cy="${r1(cy)}" rx="${r1(radius * 0.16)}" ry="${r1(radius * 0.72)}" fill="#120808"/>`
      : "") +
    `<circle cx="${r1(x - radius * 0.35)}" cy="${r1(cy - radius * 0.3)}" r="${r1(radius * 0.2)}" fill="#fff" opacity="0.85"/></g>`;
  return one(cx - spacing / 2, tilt) + one(cx + spacing / 2, -tilt);
}

/** A row of pointed teeth along a straight jaw line from x0 to x1 at y, pointing down (or up). */
export function teeth(
  x0: number,
  x1: number,
  y: number,
  count: number,
  length: number,
  color = "#f4ecd6",
  up = false,
): string {
  const step = (x1 - x0) / count;
  const points: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = x0 + i * step;
    const tip = up ? y - length * (i % 2 ? 0.7 : 1) : y + length * (i % 2 ? 0.7 : 1);
    points.push(`M${r1(a)} ${r1(y)} L${r1(a + step / 2)} ${r1(tip)} L${r1(a + step)} ${r1(y)}Z`);
  }
  return `<path d="${points.join(" ")}" fill="${color}" stroke="#2a1a10" stroke-width="3"/>`;
}

export function groundShadow(cx = 500, cy = 925, rx = 330): string {
  return `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${r1(rx * 0.14)}" fill="#000" opacity="0.4"/>`;
}
