/**
 * Indoor portrait backgrounds: libraries, taverns, dungeons, halls, temples and caves. Interiors
 * are lit by warm point lights (candles, lanterns, torches, windows) drawn as radial glows, which
 * is what makes them read as places rather than wallpaper.
 */
import type { SettingKey } from "./lexicon";
import { mix, r1, shade } from "./palette";
import type { Rng } from "@/lib/rng";
import { raysSvg } from "./scenery";

type Interior = (rng: Rng, W: number, H: number, accent: string) => string;

function glow(id: string, x: number, y: number, radius: number, color: string, strength = 0.6): string {
  return `<defs><radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${strength}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient></defs><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(radius)}" fill="url(#${id})"/>`;
}

function wall(id: string, W: number, H: number, top: string, bottom: string): string {
  return `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;
}

function flame(x: number, y: number, size: number): string {
  return `<path d="M${r1(x)} ${r1(y - size)} C${r1(x + size * 0.6)} ${r1(y - size * 0.3)} ${r1(x + size * 0.4)} ${r1(y + size * 0.3)} ${r1(x)} ${r1(y + size * 0.3)} C${r1(x - size * 0.4)} ${r1(y + size * 0.3)} ${r1(x - size * 0.6)} ${r1(y - size * 0.3)} ${r1(x)} ${r1(y - size)}Z" fill="#ffd070"/>`;
}

const BOOK_COLORS = ["#6b1f24", "#2a3f6b", "#2f5a34", "#6b4a1f", "#4a2a5a", "#8a6a2a", "#3a3a3a"];

const library: Interior = (rng, W, H) => {
  const parts = [wall("in-wall", W, H, "#3a2618", "#1e130c")];
  const shelf = H * 0.17;
  for (let y = H * 0.06; y < H; y += shelf) {
    let x = 0;
    while (x < W) {
      const w = W * rng.range(0.012, 0.024);
      const h = shelf * rng.range(0.6, 0.85);
      parts.push(
        `<rect x="${r1(x)}" y="${r1(y + shelf - h - shelf * 0.1)}" width="${r1(w)}" height="${r1(h)}" fill="${shade(rng.pick(BOOK_COLORS), -0.25)}"/>`,
      );
      if (rng.chance(0.5))
        parts.push(
          `<rect x="${r1(x)}" y="${r1(y + shelf - h * 0.8)}" width="${r1(w)}" height="${r1(h * 0.05)}" fill="#c9a23a" opacity="0.5"/>`,
        );
      x += w + (rng.chance(0.08) ? W * 0.03 : W * 0.002);
    }
    parts.push(`<rect x="0" y="${r1(y + shelf * 0.9)}" width="${W}" height="${r1(shelf * 0.1)}" fill="#2a1a10"/>`);
  }
  const cx = W * rng.pick([0.15, 0.85]);
  parts.push(
    glow("in-candle", cx, H * 0.5, W * 0.45, "#ffb050", 0.55),
    `<rect x="${r1(cx - W * 0.008)}" y="${r1(H * 0.5)}" width="${r1(W * 0.016)}" height="${r1(H * 0.06)}" fill="#efe6cf"/>`,
    flame(cx, H * 0.49, W * 0.014),
  );
  return parts.join("");
};

const tavern: Interior = (rng, W, H) => {
  const parts = [wall("in-wall", W, H, "#5a3a22", "#2a1a10")];
  for (let x = 0; x < W; x += W * 0.09)
    parts.push(`<rect x="${r1(x)}" y="0" width="${r1(W * 0.004)}" height="${H}" fill="#2a1a10" opacity="0.6"/>`);
  parts.push(`<rect x="0" y="${r1(H * 0.08)}" width="${W}" height="${r1(H * 0.05)}" fill="#2a1a10"/>`);
  const shelfY = H * 0.38;
  parts.push(`<rect x="0" y="${r1(shelfY)}" width="${W}" height="${r1(H * 0.018)}" fill="#2a1a10"/>`);
  let x = W * 0.02;
  while (x < W) {
    const h = H * rng.range(0.05, 0.09);
    const w = W * rng.range(0.018, 0.03);
    const color = rng.pick(["#3f6a3a", "#6b2a24", "#8a6a2a", "#2a4a5a"]);
    parts.push(
      `<rect x="${r1(x)}" y="${r1(shelfY - h)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(w * 0.3)}" fill="${color}" opacity="0.8"/><rect x="${r1(x + w * 0.35)}" y="${r1(shelfY - h - h * 0.3)}" width="${r1(w * 0.3)}" height="${r1(h * 0.35)}" fill="${color}" opacity="0.8"/>`,
    );
    x += w + W * rng.range(0.01, 0.06);
  }
  for (const lx of [W * rng.range(0.1, 0.25), W * rng.range(0.75, 0.9)]) {
    parts.push(
      `<path d="M${r1(lx)} 0 V${r1(H * 0.18)}" stroke="#1a100a" stroke-width="${r1(W * 0.003)}"/>`,
      glow(`in-lamp${Math.round(lx)}`, lx, H * 0.22, W * 0.3, "#ffb050", 0.6),
      `<rect x="${r1(lx - W * 0.02)}" y="${r1(H * 0.18)}" width="${r1(W * 0.04)}" height="${r1(H * 0.06)}" rx="${r1(W * 0.006)}" fill="#ffd080" stroke="#2a1a10" stroke-width="${r1(W * 0.004)}"/>`,
    );
  }
  parts.push(glow("in-hearth", W * rng.pick([0, 1]), H, W * 0.6, "#ff7a2a", 0.45));
  return parts.join("");
};

const dungeon: Interior = (rng, W, H) => {
  const parts = [wall("in-wall", W, H, "#2e3138", "#15161a")];
  const bh = H * 0.06;
  for (let row = 0, y = 0; y < H; row++, y += bh) {
    for (let x = row % 2 ? -W * 0.06 : 0; x < W; x += W * 0.12) {
      parts.push(
        `<rect x="${r1(x + 2)}" y="${r1(y + 2)}" width="${r1(W * 0.12 - 4)}" height="${r1(bh - 4)}" rx="${r1(bh * 0.12)}" fill="${shade("#3a3e46", rng.range(-0.25, 0.08))}"/>`,
      );
    }
  }
  for (const tx of [W * 0.14, W * 0.86]) {
    parts.push(
      glow(`in-torch${Math.round(tx)}`, tx, H * 0.3, W * 0.35, "#ff9a3a", 0.55),
      `<path d="M${r1(tx - W * 0.012)} ${r1(H * 0.32)} L${r1(tx + W * 0.012)} ${r1(H * 0.32)} L${r1(tx + W * 0.006)} ${r1(H * 0.4)} L${r1(tx - W * 0.006)} ${r1(H * 0.4)}Z" fill="#3a2a1a"/>`,
      flame(tx, H * 0.3, W * 0.022),
    );
  }
  return parts.join("");
};

const castle: Interior = (rng, W, H, accent) => {
  const parts = [wall("in-wall", W, H, "#4a4650", "#1f1d24")];
  const wx = W / 2;
  parts.push(
    `<path d="M${r1(wx - W * 0.14)} ${r1(H * 0.75)} V${r1(H * 0.22)} A${r1(W * 0.14)} ${r1(W * 0.14)} 0 0 1 ${r1(wx + W * 0.14)} ${r1(H * 0.22)} V${r1(H * 0.75)}Z" fill="#c8d8f0" opacity="0.75"/>`,
    `<path d="M${r1(wx)} ${r1(H * 0.1)} V${r1(H * 0.75)} M${r1(wx - W * 0.14)} ${r1(H * 0.4)} H${r1(wx + W * 0.14)}" stroke="#2a2830" stroke-width="${r1(W * 0.01)}"/>`,
    raysSvg(rng, wx, H * 0.2, H, "#e8f0ff"),
  );
  for (const px of [W * 0.1, W * 0.34, W * 0.66, W * 0.9]) {
    parts.push(
      `<rect x="${r1(px - W * 0.045)}" y="0" width="${r1(W * 0.09)}" height="${H}" fill="#3a3740"/><rect x="${r1(px - W * 0.045)}" y="0" width="${r1(W * 0.02)}" height="${H}" fill="#56525e"/>`,
    );
  }
  for (const bx of [W * 0.22, W * 0.78]) {
    parts.push(
      `<path d="M${r1(bx - W * 0.05)} ${r1(H * 0.08)} H${r1(bx + W * 0.05)} V${r1(H * 0.5)} L${r1(bx)} ${r1(H * 0.45)} L${r1(bx - W * 0.05)} ${r1(H * 0.5)}Z" fill="${accent}"/><rect x="${r1(bx - W * 0.05)} " y="${r1(H * 0.1)}" width="${r1(W * 0.1)}" height="${r1(H * 0.012)}" fill="#c9a23a"/>`,
    );
  }
  return parts.join("");
};

const temple: Interior = (rng, W, H) => {
  const parts = [wall("in-wall", W, H, "#d8cdb8", "#6a5e50")];
  const cx = W / 2;
  const r = Math.min(W, H) * 0.22;
  const panes = ["#c83a3a", "#3a6ac8", "#e8b83a", "#3a9a5a", "#8a4ac8"];
  parts.push(`<circle cx="${r1(cx)}" cy="${r1(H * 0.26)}" r="${r1(r + W * 0.015)}" fill="#4a4038"/>`);
  for (let i = 0; i < 12; i++) {
    const a0 = (i / 12) * Math.PI * 2;
    const a1 = ((i + 1) / 12) * Math.PI * 2;
    parts.push(
      `<path d="M${r1(cx)} ${r1(H * 0.26)} L${r1(cx + Math.cos(a0) * r)} ${r1(H * 0.26 + Math.sin(a0) * r)} A${r1(r)} ${r1(r)} 0 0 1 ${r1(cx + Math.cos(a1) * r)} ${r1(H * 0.26 + Math.sin(a1) * r)}Z" fill="${panes[i % panes.length]}" stroke="#3a3028" stroke-width="${r1(W * 0.004)}" opacity="0.85"/>`,
    );
  }
  parts.push(
    `<circle cx="${r1(cx)}" cy="${r1(H * 0.26)}" r="${r1(r * 0.3)}" fill="#f8e8b0" stroke="#3a3028" stroke-width="${r1(W * 0.004)}"/>`,
    raysSvg(rng, cx, H * 0.26, H, "#fff4d0"),
  );
  for (const px of [W * 0.08, W * 0.24, W * 0.76, W * 0.92]) {
    parts.push(
      `<rect x="${r1(px - W * 0.04)}" y="0" width="${r1(W * 0.08)}" height="${H}" fill="#e8dcc4"/><rect x="${r1(px + W * 0.015)}" y="0" width="${r1(W * 0.025)}" height="${H}" fill="#a89a84" opacity="0.6"/>`,
    );
  }
  return parts.join("");
};

const cave: Interior = (rng, W, H, accent) => {
  const parts = [wall("in-wall", W, H, "#1c1a22", "#0c0b10")];
  for (let i = 0; i < 9; i++) {
    const x = rng.range(0, W);
    const w = W * rng.range(0.03, 0.07);
    parts.push(`<path d="M${r1(x - w)} 0 L${r1(x)} ${r1(H * rng.range(0.1, 0.3))} L${r1(x + w)} 0Z" fill="#2c2834"/>`);
  }
  const crystal = mix(accent, "#7ae0ff", 0.5);
  for (const [x, y] of [
    [W * 0.12, H * 0.75],
    [W * 0.88, H * 0.7],
    [W * rng.range(0.3, 0.7), H * 0.95],
  ]) {
    parts.push(
      glow(`in-crystal${Math.round(x)}`, x, y, W * 0.25, crystal, 0.5),
      `<path d="M${r1(x)} ${r1(y - H * 0.12)} L${r1(x + W * 0.03)} ${r1(y)} L${r1(x - W * 0.03)} ${r1(y)}Z M${r1(x + W * 0.04)} ${r1(y - H * 0.07)} L${r1(x + W * 0.06)} ${r1(y)} L${r1(x + W * 0.02)} ${r1(y)}Z" fill="${shade(crystal, 0.2)}" opacity="0.9"/>`,
    );
  }
  return parts.join("");
};

export const INTERIORS: Partial<Record<SettingKey, Interior>> = { library, tavern, dungeon, castle, temple, cave };

export function interiorSvg(setting: SettingKey, rng: Rng, W: number, H: number, accent: string): string {
  return (INTERIORS[setting] ?? tavern)(rng, W, H, accent);
}
