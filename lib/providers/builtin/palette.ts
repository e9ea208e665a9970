/**
 * Colour arithmetic and SVG helpers for the built-in engine. Its randomness is the project's one
 * seeded RNG (lib/rng): the same request must give the same bytes, and seed+1 must give a
 * visibly different picture.
 */
import type { Rng } from "@/lib/rng";

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const clean = hex.replace("#", "");
  const full =
    clean.length === 3
      ? clean
          .split("")
          .map((c) => c + c)
          .join("")
      : clean;
  const value = parseInt(full.slice(0, 6), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function toHex([r, g, b]: Rgb): string {
  const channel = (v: number) =>
    Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, "0");
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

/** Linear blend of two colours; t=0 gives `a`, t=1 gives `b`. */
export function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}

/** Positive amounts lighten towards white, negative darken towards black. */
export function shade(color: string, amount: number): string {
  return amount >= 0 ? mix(color, "#ffffff", amount) : mix(color, "#000000", -amount);
}

/** Small hue-free jitter so two seeds of the same outfit are not the exact same cloth. */
export function jitter(color: string, rng: Rng, amount = 0.08): string {
  return shade(color, rng.range(-amount, amount));
}

/** DiceBear wants colours without the leading '#'. */
export function bare(color: string): string {
  return color.replace("#", "");
}

/** Escape text that ends up inside SVG markup (names, labels). */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c,
  );
}

/** Round for compact, stable SVG numbers. */
export const r1 = (value: number) => Math.round(value * 10) / 10;
