/**
 * Landscape building blocks in canvas pixels: skies, ridges, tree lines, water, buildings and
 * creatures as layered silhouettes. Depth comes from atmospheric perspective (far layers are
 * lighter and closer to the sky colour), which is cheap and reads well at any size.
 */
import { r1, shade } from "./palette";
import type { Rng } from "@/lib/rng";

export type Sky = { top: string; bottom: string; glow: string };

export const SKIES: Record<"dawn" | "day" | "sunset" | "dusk" | "night" | "storm" | "hell", Sky> = {
  dawn: { top: "#5a6fa8", bottom: "#f3b88a", glow: "#ffd9a0" },
  day: { top: "#4f8fd0", bottom: "#bfe0f2", glow: "#fff6d8" },
  sunset: { top: "#3b2f6a", bottom: "#f08a4b", glow: "#ffc46a" },
  dusk: { top: "#1f2347", bottom: "#8a5a8a", glow: "#f0a0a0" },
  night: { top: "#0b1026", bottom: "#2b3a6a", glow: "#cfd8ff" },
  storm: { top: "#2a3038", bottom: "#6a7480", glow: "#c8d0d8" },
  hell: { top: "#2a0a0a", bottom: "#c8481e", glow: "#ffb060" },
};

export function skySvg(id: string, sky: Sky, W: number, H: number, horizon: number): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky.top}"/><stop offset="${r1(horizon / H)}" stop-color="${sky.bottom}"/><stop offset="1" stop-color="${sky.bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

export function starsSvg(rng: Rng, W: number, maxY: number, count: number): string {
  return Array.from({ length: count }, () => {
    const size = rng.range(0.6, 2.4) * (W / 1000);
    return `<circle cx="${r1(rng.range(0, W))}" cy="${r1(rng.range(0, maxY) * rng.next())}" r="${r1(size)}" fill="#ffffff" opacity="${r1(rng.range(0.4, 1))}"/>`;
  }).join("");
}

/** A sun or moon with a soft halo; `crescent` draws a waxing-moon shape instead of a disc. */
export function orbSvg(id: string, x: number, y: number, radius: number, color: string, crescent = false): string {
  const r = radius;
  const body = crescent
    ? `<path d="M${r1(x)} ${r1(y - r)} A${r1(r)} ${r1(r)} 0 0 0 ${r1(x)} ${r1(y + r)} A${r1(r * 0.55)} ${r1(r)} 0 0 1 ${r1(x)} ${r1(y - r)}Z" fill="${color}"/>`
    : `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${color}"/>`;
  return (
    `<defs><radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${crescent ? 0.25 : 0.55}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r * 4)}" fill="url(#${id})"/>${body}`
  );
}

/** A ridge line from left to right; jagged for mountains, smooth for hills. */
export function ridgeSvg(
  rng: Rng,
  W: number,
  H: number,
  base: number,
  amplitude: number,
  color: string,
  jagged: boolean,
  snow?: string,
): string {
  const steps = jagged ? rng.int(5, 8) : rng.int(3, 5);
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= steps; i++) {
    const x = (W * i) / steps + (i > 0 && i < steps ? rng.range(-0.3, 0.3) * (W / steps) : 0);
    points.push([x, base - amplitude * (jagged ? rng.range(0.25, 1) : rng.range(0.4, 1))]);
    if (jagged && i < steps) points.push([x + W / steps / 2, base - amplitude * rng.range(0, 0.35)]);
  }
  const line = jagged
    ? points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${r1(x)} ${r1(y)}`).join(" ")
    : points
        .map(([x, y], i) =>
          i === 0
            ? `M${r1(x)} ${r1(y)}`
            : `Q${r1((points[i - 1][0] + x) / 2)} ${r1(Math.min(points[i - 1][1], y) - amplitude * 0.3)} ${r1(x)} ${r1(y)}`,
        )
        .join(" ");
  // Snow follows the two slopes down from each high peak, so caps sit on the rock.
  const caps =
    jagged && snow
      ? points
          .map(([x, y], i) => {
            if (i === 0 || i === points.length - 1 || y > base - amplitude * 0.6) return "";
            const [lx, ly] = points[i - 1];
            const [rx, ry] = points[i + 1];
            const t = 0.3;
            const a = [x + (lx - x) * t, y + (ly - y) * t];
            const b = [x + (rx - x) * t, y + (ry - y) * t];
            const mid = (a[1] + b[1]) / 2;
            return `<path d="M${r1(x)} ${r1(y)} L${r1(b[0])} ${r1(b[1])} L${r1(x + (b[0] - x) * 0.4)} ${r1(mid - (mid - y) * 0.25)} L${r1(x)} ${r1(mid)} L${r1(x + (a[0] - x) * 0.5)} ${r1(mid - (mid - y) * 0.3)} L${r1(a[0])} ${r1(a[1])}Z" fill="${snow}"/>`;
          })
          .join("")
      : "";
  return `<path d="${line} L${W} ${H} L0 ${H}Z" fill="${color}"/>${caps}`;
}

/** A row of pines or round-crowned trees standing on `base`. */
export function treeLineSvg(
  rng: Rng,
  W: number,
  H: number,
  base: number,
  height: number,
  color: string,
  kind: "pine" | "round" | "dead",
): string {
  const trees: string[] = [`<rect x="0" y="${r1(base)}" width="${W}" height="${r1(H - base)}" fill="${color}"/>`];
  let x = -rng.range(0, height * 0.4);
  while (x < W + height * 0.3) {
    const h = height * rng.range(0.65, 1.2);
    const w = h * (kind === "pine" ? rng.range(0.3, 0.42) : rng.range(0.5, 0.7));
    if (kind === "pine") {
      trees.push(
        `<path d="M${r1(x)} ${r1(base - h)} L${r1(x + w / 2)} ${r1(base + 4)} L${r1(x - w / 2)} ${r1(base + 4)}Z" fill="${color}"/>`,
      );
    } else if (kind === "round") {
      // Three overlapping discs read as a leafy crown; one ellipse reads as a lollipop.
      const r = w * 0.3;
      trees.push(
        `<rect x="${r1(x - w * 0.05)}" y="${r1(base - h * 0.5)}" width="${r1(w * 0.1)}" height="${r1(h * 0.55)}" fill="${color}"/>` +
          `<circle cx="${r1(x)}" cy="${r1(base - h + r)}" r="${r1(r)}" fill="${color}"/><circle cx="${r1(x - r * 0.8)}" cy="${r1(base - h + r * 1.8)}" r="${r1(r * 0.85)}" fill="${color}"/><circle cx="${r1(x + r * 0.8)}" cy="${r1(base - h + r * 1.7)}" r="${r1(r * 0.9)}" fill="${color}"/>`,
      );
    } else {
      trees.push(
        `<path d="M${r1(x)} ${r1(base)} L${r1(x + 2)} ${r1(base - h)} M${r1(x + 1)} ${r1(base - h * 0.6)} L${r1(x + w * 0.4)} ${r1(base - h * 0.85)} M${r1(x + 1)} ${r1(base - h * 0.45)} L${r1(x - w * 0.35)} ${r1(base - h * 0.7)}" stroke="${color}" stroke-width="${r1(h * 0.05)}" stroke-linecap="round" fill="none"/>`,
      );
    }
    x += w * rng.range(0.45, 0.8);
  }
  return trees.join("");
}

export function waterSvg(rng: Rng, W: number, H: number, top: number, color: string, glint: string): string {
  const streaks = Array.from({ length: 18 }, () => {
    const y = rng.range(top + 6, H);
    const w = rng.range(0.03, 0.14) * W * (0.5 + (y - top) / (H - top));
    const x = rng.range(0, W - w);
    return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(Math.max(1.5, (y - top) * 0.012))}" fill="${glint}" opacity="${r1(rng.range(0.15, 0.45))}"/>`;
  });
  return `<rect x="0" y="${r1(top)}" width="${W}" height="${r1(H - top)}" fill="${color}"/>${streaks.join("")}`;
}

/** A castle silhouette: curtain wall, towers with crenellations and conical roofs, lit windows. */
export function castleSvg(x: number, base: number, scale: number, color: string, light: string): string {
  const s = scale;
  const tower = (tx: number, w: number, h: number, roof: boolean) =>
    `<rect x="${r1(x + tx * s)}" y="${r1(base - h * s)}" width="${r1(w * s)}" height="${r1(h * s)}" fill="${color}"/>` +
    (roof
      ? `<path d="M${r1(x + (tx - 8) * s)} ${r1(base - h * s)} L${r1(x + (tx + w / 2) * s)} ${r1(base - (h + w * 1.4) * s)} L${r1(x + (tx + w + 8) * s)} ${r1(base - h * s)}Z" fill="${color}"/>`
      : [0, 1, 2]
          .map(
            (i) =>
              `<rect x="${r1(x + (tx + i * (w / 2.5)) * s)}" y="${r1(base - (h + 12) * s)}" width="${r1((w / 5) * s)}" height="${r1(12 * s)}" fill="${color}"/>`,
          )
          .join("")) +
    `<rect x="${r1(x + (tx + w / 2 - 4) * s)}" y="${r1(base - h * 0.7 * s)}" width="${r1(8 * s)}" height="${r1(14 * s)}" fill="${light}"/>`;
  return (
    `<rect x="${r1(x)}" y="${r1(base - 70 * s)}" width="${r1(240 * s)}" height="${r1(70 * s)}" fill="${color}"/>` +
    Array.from(
      { length: 10 },
      (_, i) =>
        `<rect x="${r1(x + i * 24 * s)}" y="${r1(base - 82 * s)}" width="${r1(12 * s)}" height="${r1(12 * s)}" fill="${color}"/>`,
    ).join("") +
    tower(-20, 50, 150, true) +
    tower(95, 60, 220, true) +
    tower(210, 50, 160, true) +
    tower(60, 30, 120, false) +
    tower(160, 30, 130, false) +
    `<path d="M${r1(x + 105 * s)} ${r1(base)} v${r1(-40 * s)} a${r1(17 * s)} ${r1(17 * s)} 0 0 1 ${r1(34 * s)} 0 v${r1(40 * s)}Z" fill="${shade(color, -0.5)}"/>`
  );
}

export function wizardTowerSvg(x: number, base: number, scale: number, color: string, light: string): string {
  const s = scale;
  return (
    `<path d="M${r1(x - 30 * s)} ${r1(base)} L${r1(x - 22 * s)} ${r1(base - 260 * s)} L${r1(x + 22 * s)} ${r1(base - 260 * s)} L${r1(x + 30 * s)} ${r1(base)}Z" fill="${color}"/>` +
    `<path d="M${r1(x - 40 * s)} ${r1(base - 255 * s)} L${r1(x)} ${r1(base - 360 * s)} L${r1(x + 40 * s)} ${r1(base - 255 * s)}Z" fill="${color}"/>` +
    [120, 190]
      .map(
        (h) =>
          `<rect x="${r1(x - 5 * s)}" y="${r1(base - h * s)}" width="${r1(10 * s)}" height="${r1(16 * s)}" fill="${light}"/>`,
      )
      .join("")
  );
}

/** A flying dragon facing right: horned head, long neck, bat wings, spade tail; 190x100 units. */
export function dragonSvg(x: number, y: number, scale: number, color: string, flip = false): string {
  const body =
    "M8 86 Q40 70 72 62 C90 56 110 56 124 58 C140 56 148 44 156 36 L160 32 L154 20 L166 30 L186 37 L185 44 L166 46 C158 52 150 62 136 70 C120 78 96 80 78 76 Q44 80 12 92Z M15 89 L0 78 L3 99Z";
  const nearWing = "M114 60 C110 38 102 18 86 2 C86 18 80 26 70 28 C74 38 68 46 56 48 C64 54 78 58 96 64Z";
  const farWing = "M124 58 C128 40 138 22 154 8 C148 24 148 32 142 38 C148 42 150 48 146 56Z";
  const legs = "M96 74 L90 90 L97 90 L104 76Z M118 72 L120 88 L126 88 L126 72Z";
  const t = flip
    ? `translate(${r1(x + 190 * scale)} ${r1(y)}) scale(${-scale} ${scale})`
    : `translate(${r1(x)} ${r1(y)}) scale(${scale})`;
  return `<g transform="${t}" fill="${color}"><path d="${farWing}" fill="${shade(color, 0.15)}"/><path d="${body}"/><path d="${legs}"/><path d="${nearWing}"/></g>`;
}

export function birdsSvg(rng: Rng, x: number, y: number, spread: number, color: string): string {
  return Array.from({ length: rng.int(3, 6) }, () => {
    const bx = x + rng.range(-spread, spread);
    const by = y + rng.range(-spread * 0.4, spread * 0.4);
    const s = rng.range(6, 12) * (spread / 100);
    return `<path d="M${r1(bx - s)} ${r1(by)} q${r1(s / 2)} ${r1(-s / 2)} ${r1(s)} 0 q${r1(s / 2)} ${r1(-s / 2)} ${r1(s)} 0" fill="none" stroke="${color}" stroke-width="${r1(s / 4)}"/>`;
  }).join("");
}

export function cloudsSvg(rng: Rng, W: number, maxY: number, color: string, count: number): string {
  return Array.from({ length: count }, () => {
    const cx = rng.range(0, W);
    const cy = rng.range(maxY * 0.1, maxY);
    const w = rng.range(0.12, 0.3) * W;
    return `<g fill="${color}" opacity="${r1(rng.range(0.25, 0.55))}"><ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(w / 2)}" ry="${r1(w / 9)}"/><ellipse cx="${r1(cx - w / 7)}" cy="${r1(cy - w / 14)}" rx="${r1(w / 5)}" ry="${r1(w / 9)}"/><ellipse cx="${r1(cx + w / 8)}" cy="${r1(cy - w / 11)}" rx="${r1(w / 6)}" ry="${r1(w / 10)}"/></g>`;
  }).join("");
}

/** A band of mist: a vertical gradient from clear to `color` and back. */
export function mistSvg(id: string, W: number, y: number, height: number, color: string, opacity: number): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${color}" stop-opacity="0"/><stop offset="0.5" stop-color="${color}" stop-opacity="${opacity}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></linearGradient></defs><rect x="0" y="${r1(y)}" width="${W}" height="${r1(height)}" fill="url(#${id})"/>`;
}

/** God rays from a point, as faint translucent wedges. */
export function raysSvg(rng: Rng, x: number, y: number, length: number, color: string): string {
  return (
    `<g fill="${color}" opacity="0.12">` +
    Array.from({ length: 6 }, () => {
      const angle = rng.range(40, 140) * (Math.PI / 180);
      const spread = rng.range(0.03, 0.07);
      const x1 = x + Math.cos(angle - spread) * length;
      const y1 = y + Math.sin(angle - spread) * length;
      const x2 = x + Math.cos(angle + spread) * length;
      const y2 = y + Math.sin(angle + spread) * length;
      return `<path d="M${r1(x)} ${r1(y)} L${r1(x1)} ${r1(y1)} L${r1(x2)} ${r1(y2)}Z"/>`;
    }).join("") +
    "</g>"
  );
}
