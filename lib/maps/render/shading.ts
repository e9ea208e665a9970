import { isSolid } from "../grid";
import type { Light, MapFloor } from "@/lib/schemas/map-layout";
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
 * Two low-resolution layers stretched over the map (the rasteriser smooths them): soft shadow
 * where floor meets wall and in deep water (ambient occlusion), and the warm glow of lights.
 * Computed at 8 pixels a square, so they cost milliseconds at any picture size.
 */
export function shadingLayers(floor: MapFloor, width: number, height: number, options: { ink: boolean }): { shadow: string; glow: string | null } {
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
  const shadow = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) {
    const occlusion = mask[i] >= 1 ? 0 : ao[i] * (options.ink ? 0.25 : 0.75);
    const a = Math.min(0.85, occlusion + depth[i] * (options.ink ? 0.1 : 0.45));
    shadow[i * 4 + 3] = Math.round(a * 255);
  }
  let glow: string | null = null;
  if (!options.ink && floor.lights.length > 0) {
    const g = new Uint8Array(w * h * 4);
    const lights = floor.lights.map((l: Light) => ({ x: (l.x + 0.5) * RES, y: (l.y + 0.5) * RES, r: (l.dimFeet / 5) * RES, color: hex(l.color) }));
    for (const l of lights) {
      const x0 = Math.max(0, Math.floor(l.x - l.r));
      const x1 = Math.min(w - 1, Math.ceil(l.x + l.r));
      const y0 = Math.max(0, Math.floor(l.y - l.r));
      const y1 = Math.min(h - 1, Math.ceil(l.y + l.r));
      for (let y = y0; y <= y1; y++)
        for (let x = x0; x <= x1; x++) {
          const d = Math.hypot(x - l.x, y - l.y) / l.r;
          if (d >= 1) continue;
          const a = (1 - d) ** 2 * 0.42;
          const i = (y * w + x) * 4;
          const prev = g[i + 3] / 255;
          const next = Math.min(0.6, prev + a * (1 - prev));
          g[i] = l.color[0];
          g[i + 1] = l.color[1];
          g[i + 2] = l.color[2];
          g[i + 3] = Math.round(next * 255);
        }
    }
    glow = pngDataUri(w, h, g);
  }
  return { shadow: pngDataUri(w, h, shadow), glow };
}

const hex = (c: string): [number, number, number] => {
  const v = parseInt(c.replace("#", "").slice(0, 6), 16) || 0xffb347;
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
};
