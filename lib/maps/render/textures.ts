import { createRng } from "@/lib/rng";
import { pngDataUri } from "./png-encode";

/**
 * Procedural, seamlessly tiling textures (periodic value noise plus a layout per material: slabs,
 * planks, cobbles…), computed once per (texture, style, size) and embedded as PNG tiles of SVG
 * patterns. Drawn here rather than with SVG filters because rasterising feTurbulence over a whole
 * battle map takes seconds; a pattern of image tiles takes milliseconds. Nothing is fetched.
 */
export type TextureName =
  | "flagstone"
  | "stone"
  | "wood"
  | "cobbles"
  | "grass"
  | "dirt"
  | "sand"
  | "cave"
  | "carpet"
  | "tile"
  | "rubble"
  | "rock"
  | "masonry"
  | "water"
  | "lava"
  | "ice"
  | "mud"
  | "chasm"
  | "parchment"
  | "hatch";
export type Style = "painted" | "ink";

type RGB = [number, number, number];
const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** Value noise that wraps every `period` lattice cells. */
function periodicNoise(seed: string, period: number) {
  const rng = createRng(seed);
  const lattice = new Float32Array(period * period).map(() => rng.next());
  const at = (i: number, j: number) =>
    lattice[(((j % period) + period) % period) * period + (((i % period) + period) % period)];
  return (x: number, y: number) => {
    const i = Math.floor(x);
    const j = Math.floor(y);
    const fx = x - i;
    const fy = y - j;
    const sx = fx * fx * (3 - 2 * fx);
    const sy = fy * fy * (3 - 2 * fy);
    const a = at(i, j) + (at(i + 1, j) - at(i, j)) * sx;
    const b = at(i, j + 1) + (at(i + 1, j + 1) - at(i, j + 1)) * sx;
    return a + (b - a) * sy;
  };
}
/** Fractal noise in [0,1] over a tile of `size` pixels, wrapping at the tile edge. */
function fbm(seed: string, size: number, baseCells: number, octaves: number) {
  const layers = Array.from({ length: octaves }, (_, o) => ({
    f: periodicNoise(`${seed}/${o}`, baseCells << o),
    scale: (baseCells << o) / size,
    amp: 0.5 ** o,
  }));
  const total = layers.reduce((s, l) => s + l.amp, 0);
  return (x: number, y: number) => layers.reduce((s, l) => s + l.f(x * l.scale, y * l.scale) * l.amp, 0) / total;
}

const cache = new Map<string, { uri: string; size: number }>();

/** The texture as a data URI and its tile size in pixels (`squares` map squares per tile side). */
export function texture(name: TextureName, style: Style, pps: number): { uri: string; size: number } {
  const squares = name === "hatch" ? 2 : name === "parchment" ? 8 : 4;
  const size = Math.max(32, Math.round(pps * squares));
  const key = `${name}:${style}:${size}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const px = new Uint8Array(size * size * 4);
  paint(name, style, size, squares, px);
  const made = { uri: pngDataUri(size, size, px), size };
  cache.set(key, made);
  return made;
}

const BASE: Record<Style, Partial<Record<TextureName, RGB>>> = {
  painted: {
    flagstone: [150, 142, 128],
    stone: [128, 124, 116],
    wood: [146, 98, 58],
    cobbles: [132, 126, 116],
    grass: [92, 128, 62],
    dirt: [138, 108, 74],
    sand: [206, 186, 140],
    cave: [112, 100, 88],
    carpet: [128, 36, 40],
    tile: [170, 160, 140],
    rubble: [120, 112, 100],
    rock: [92, 84, 76],
    masonry: [82, 78, 74],
    water: [52, 104, 138],
    lava: [226, 88, 24],
    ice: [196, 226, 236],
    mud: [92, 82, 52],
    chasm: [16, 14, 18],
  },
  ink: {},
};

function paint(name: TextureName, style: Style, size: number, squares: number, px: Uint8Array) {
  const n1 = fbm(`${name}-a`, size, 4 * squares, 4);
  const n2 = fbm(`${name}-b`, size, 16 * squares, 2);
  const cell = size / squares;
  const set = (i: number, [r, g, b]: RGB, a = 255) => {
    px[i] = clamp(r);
    px[i + 1] = clamp(g);
    px[i + 2] = clamp(b);
    px[i + 3] = a;
  };
  if (style === "ink" || name === "parchment" || name === "hatch") return paintInk(name, size, cell, n1, n2, set);
  const base = BASE.painted[name] ?? [128, 128, 128];
  const slabs = layout(name, size, cell, `${name}-slabs`);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const n = n1(x, y) - 0.5;
      const fine = n2(x, y) - 0.5;
      let k = 1 + n * 0.35 + fine * 0.18;
      const s = slabs(x, y);
      k *= s.tint;
      if (s.edge < 1) k *= 0.55 + 0.45 * s.edge;
      let c: RGB = [base[0] * k, base[1] * k, base[2] * k];
      if (name === "grass") c = [base[0] * k + fine * 30, base[1] * (k + fine * 0.25), base[2] * k];
      if (name === "water") {
        const ripple = Math.sin((x / cell) * 9 + n1(y, x) * 14) * 0.5 + 0.5;
        c = [base[0] * k + ripple * 14, base[1] * k + ripple * 18, base[2] * k + ripple * 22];
      }
      if (name === "lava") {
        const vein = Math.abs(n1(x, y) - 0.5) < 0.05 ? 1 : 0;
        const crust = n2(x, y) > 0.62 ? 0.35 : 1;
        c = [base[0] * crust + vein * 40, base[1] * crust * (0.8 + n) + vein * 120, base[2] * crust + vein * 30];
      }
      if (name === "ice") {
        const crack = Math.abs(n1(x * 1.3, y) - 0.5) < 0.012 ? 0.75 : 1;
        c = [base[0] * crack + fine * 20, base[1] * crack + fine * 10, base[2] * crack];
      }
      set(i, c);
    }
}

/** Per-pixel slab / plank / cobble membership: a tint per piece and distance to its edge (0 at the joint). */
function layout(
  name: TextureName,
  size: number,
  cell: number,
  seed: string,
): (x: number, y: number) => { tint: number; edge: number } {
  const rng = createRng(seed);
  const flat = () => ({ tint: 1, edge: 1 });
  const joint = Math.max(1.5, cell / 28);
  if (name === "flagstone" || name === "stone" || name === "tile" || name === "masonry") {
    // Rows of slabs: stone floors align with squares (a square a slab), flagstones run in offset courses.
    const rows =
      name === "flagstone" ? Math.round(size / (cell / 2)) : Math.round(size / (name === "masonry" ? cell / 3 : cell));
    const rh = size / rows;
    const breaks = Array.from({ length: rows }, () => {
      const xs: number[] = [0];
      const step = name === "flagstone" ? cell * 0.5 : name === "masonry" ? cell * 0.6 : cell;
      let x = name === "flagstone" || name === "masonry" ? rng.range(0, step) : 0;
      while (x < size - step * 0.6) {
        x += name === "flagstone" ? step * rng.pick([1, 1, 1.5, 2]) : step;
        if (x < size - step * 0.4) xs.push(x);
      }
      return { xs: xs.filter((v, i) => i === 0 || v > 0), tints: xs.map(() => rng.range(0.86, 1.12)) };
    });
    return (x, y) => {
      const r = Math.min(rows - 1, Math.floor(y / rh));
      const { xs, tints } = breaks[r];
      let k = 0;
      while (k + 1 < xs.length && xs[k + 1] <= x) k++;
      const left = x - xs[k];
      const right = (k + 1 < xs.length ? xs[k + 1] : size) - x;
      const dy = Math.min(y - r * rh, (r + 1) * rh - y);
      return { tint: tints[k], edge: Math.min(1, Math.min(left, right, dy) / joint) };
    };
  }
  if (name === "wood") {
    const rows = Math.round(size / (cell / 4));
    const rh = size / rows;
    const planks = Array.from({ length: rows }, () => ({
      cut: rng.range(0, size),
      tint: rng.range(0.82, 1.12),
      tint2: rng.range(0.82, 1.12),
    }));
    const grain = fbm("grain", size, 8, 3);
    return (x, y) => {
      const r = Math.min(rows - 1, Math.floor(y / rh));
      const p = planks[r];
      const dy = Math.min(y - r * rh, (r + 1) * rh - y);
      const dx = Math.abs(x - p.cut);
      const g = 0.92 + Math.sin(y * 0.9 + grain(x * 0.2, y) * 12) * 0.06;
      return { tint: (x < p.cut ? p.tint : p.tint2) * g, edge: Math.min(1, Math.min(dy, dx) / (joint * 0.8)) };
    };
  }
  if (name === "cobbles" || name === "rubble") {
    // Jittered points on a wrapping grid; each pixel belongs to its nearest point (Voronoi cells).
    const n = Math.round((size / cell) * (name === "cobbles" ? 4 : 2.5));
    const step = size / n;
    const pts = Array.from({ length: n * n }, (_, i) => ({
      x: ((i % n) + rng.range(0.15, 0.85)) * step,
      y: (Math.floor(i / n) + rng.range(0.15, 0.85)) * step,
      tint: rng.range(0.8, 1.15),
    }));
    return (x, y) => {
      const ci = Math.floor(x / step);
      const cj = Math.floor(y / step);
      let best = Infinity;
      let second = Infinity;
      let tint = 1;
      for (let j = cj - 1; j <= cj + 1; j++)
        for (let i = ci - 1; i <= ci + 1; i++) {
          const p = pts[(((j % n) + n) % n) * n + (((i % n) + n) % n)];
          const px = p.x + Math.floor(i / n) * size;
          const py = p.y + Math.floor(j / n) * size;
          const d = Math.hypot(x - px, y - py);
          if (d < best) {
            second = best;
            best = d;
            tint = p.tint;
          } else if (d < second) second = d;
        }
      const bulge = 1 - Math.min(1, best / step) * 0.25;
      return { tint: tint * bulge, edge: Math.min(1, (second - best) / (joint * 1.6)) };
    };
  }
  return flat;
}

function paintInk(
  name: TextureName,
  size: number,
  cell: number,
  n1: (x: number, y: number) => number,
  n2: (x: number, y: number) => number,
  set: (i: number, c: RGB, a?: number) => void,
) {
  const rng = createRng(`ink-${name}`);
  if (name === "hatch") {
    // Short parallel strokes in clumps of three, each clump its own angle (the hand-drawn rock hatch).
    const ink = new Float32Array(size * size);
    const clumps = Math.round((size / cell) ** 2 * 7);
    for (let c = 0; c < clumps; c++) {
      const cx = rng.range(0, size);
      const cy = rng.range(0, size);
      const angle = rng.range(0, Math.PI);
      const len = cell * rng.range(0.3, 0.45);
      for (let s = -1; s <= 1; s++) {
        const ox = Math.cos(angle + Math.PI / 2) * s * cell * 0.09;
        const oy = Math.sin(angle + Math.PI / 2) * s * cell * 0.09;
        for (let t = -len / 2; t <= len / 2; t += 0.5) {
          const x = Math.round(cx + ox + Math.cos(angle) * t);
          const y = Math.round(cy + oy + Math.sin(angle) * t);
          for (const [dx, dy] of [
            [0, 0],
            [1, 0],
            [0, 1],
          ])
            ink[((((y + dy) % size) + size) % size) * size + ((((x + dx) % size) + size) % size)] = 1;
        }
      }
    }
    for (let i = 0; i < size * size; i++) set(i * 4, [30, 26, 22], ink[i] ? 235 : 0);
    return;
  }
  // Parchment and every ink-style floor: warm paper with blotches; floors slightly lighter.
  const light = name === "parchment" ? 0 : 10;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const k = (n1(x, y) - 0.5) * 26 + (n2(x, y) - 0.5) * 10;
      set((y * size + x) * 4, [236 + k + light, 222 + k + light, 190 + k * 1.2 + light]);
    }
}
