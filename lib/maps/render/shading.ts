import { isSolid } from "../grid";
import type { MapFloor } from "@/lib/schemas/map-layout";
import { pngDataUri } from "./png-encode";

const RES = 8;

/** Box blur in place (three passes approximate a Gaussian): soft edges at a few pixels' cost. */
function blur(src: Float32Array, w: number, h: number, r: number): Float32Array {
  let a = src;
  for (let pass = 0; pass < 3; pass++) {
    const b = new Float32Array(w * h);
    for (let y = 0; y < h; y++) {
      let acc = 0;
      for (let x = -r; x <= r; x++) acc += a[y * w + Math.min(w - 1, Math.max(0, x))];
      for (let x = 0; x < w; x++) {
        b[y * w + x] = acc / (2 * r + 1);
        acc += a[y * w + Math.min(w - 1, x + r + 1)] - a[y * w + Math.max(0, x - r)];
      }
    }
    const c = new Float32Array(w * h);
    for (let x = 0; x < w; x++) {
      let acc = 0;
      for (let y = -r; y <= r; y++) acc += b[Math.min(h - 1, Math.max(0, y)) * w + x];
      for (let y = 0; y < h; y++) {
        c[y * w + x] = acc / (2 * r + 1);
        acc += b[Math.min(h - 1, y + r + 1) * w + x] - b[Math.max(0, y - r) * w + x];
      }
    }
    a = c;
  }
  return a;
}

/**
 * One low-resolution layer stretched over the map (the rasteriser smooths it): soft shadow where
 * floor meets wall and in deep water (ambient occlusion), and the warm glow of lights, in one
 * image because stretching a full-map image is the costly part. Computed at 8 pixels a square.
 */
export function shadingLayers(
  floor: MapFloor,
  width: number,
  height: number,
  options: { ink: boolean },
): { shadow: string } {
  const w = width * RES;
  const h = height * RES;
  const mask = new Float32Array(w * h);
  const deep = new Float32Array(w * h);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const t = floor.tiles[y][x];
      const m = isSolid(t) && t !== "|" ? 1 : t === "|" ? 0.6 : 0;
      const d = t === "~" ? 1 : t === "c" ? 1.5 : 0;
      if (!m && !d) continue;
      for (let j = 0; j < RES; j++)
        for (let i = 0; i < RES; i++) {
          mask[(y * RES + j) * w + x * RES + i] = m;
          deep[(y * RES + j) * w + x * RES + i] = d;
        }
    }
  const ao = blur(mask, w, h, 3);
  const depth = blur(deep, w, h, 4);
  const glow = new Float32Array(w * h);
  const tint = new Uint8Array(w * h * 3);
  if (!options.ink)
    for (const l of floor.lights) {
      const lx = (l.x + 0.5) * RES;
      const ly = (l.y + 0.5) * RES;
      const r = (l.dimFeet / 5) * RES;
      const c = hex(l.color);
      for (let y = Math.max(0, Math.floor(ly - r)); y <= Math.min(h - 1, Math.ceil(ly + r)); y++)
        for (let x = Math.max(0, Math.floor(lx - r)); x <= Math.min(w - 1, Math.ceil(lx + r)); x++) {
          const d = Math.hypot(x - lx, y - ly) / r;
          if (d >= 1) continue;
          const i = y * w + x;
          glow[i] = Math.min(0.55, glow[i] + (1 - d) ** 2 * 0.45);
          tint.set(c, i * 3);
        }
    }
  const out = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    // Shadow deepens into the rock as well (one smooth field), so no square edge shows through
    // where a smoothed cave wall cuts across squares.
    // Darkest just off a wall, easing deep inside rock so a cliff top keeps its texture.
    const occlusion = options.ink ? 0 : ao[i] * 0.6 * (1 - 0.45 * ao[i]);
    const dark = Math.min(0.85, occlusion + depth[i] * (options.ink ? 0.1 : 0.45)) * (1 - glow[i]);
    const g = glow[i] * (1 - ao[i]);
    // Dark where shadowed, the light's colour where lit: whichever dominates sets the colour.
    const a = Math.max(dark, g);
    const k = a > 0 ? g / (g + dark) : 0;
    out[i * 4] = tint[i * 3] * k;
    out[i * 4 + 1] = tint[i * 3 + 1] * k;
    out[i * 4 + 2] = tint[i * 3 + 2] * k;
    out[i * 4 + 3] = Math.round(a * 255);
  }
  return { shadow: pngDataUri(w, h, out) };
}

const hex = (c: string): [number, number, number] => {
  const v = parseInt(c.replace("#", "").slice(0, 6), 16) || 0xffb347;
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};
