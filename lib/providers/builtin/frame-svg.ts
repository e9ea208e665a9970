/**
 * The card around every picture: a gilded double border, an optional name banner with the class
 * medallion, and the small "Offline engine" label. The label is not optional: images from the
 * built-in engine must say what made them, wherever they end up being shown.
 */
import { emblemSvg } from "./emblems";
import type { ClassKey } from "./lexicon";
import { escapeXml, r1 } from "./palette";

export const ENGINE_LABEL = "Offline engine";

const GOLD = "#d9b45a";

function corner(x: number, y: number, size: number, rotate: number): string {
  return (
    `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${rotate}) scale(${r1(size / 100)})">` +
    `<path d="M0 0 L46 0 L46 8 L14 8 Q8 8 8 14 L8 46 L0 46Z" fill="${GOLD}" stroke="#3a2a10" stroke-width="2"/>` +
    `<path d="M18 18 L30 18 L18 30Z" fill="${GOLD}"/><circle cx="26" cy="26" r="5" fill="#8e1b2c" stroke="${GOLD}" stroke-width="2"/></g>`
  );
}

function medallion(characterClass: ClassKey, cx: number, cy: number, radius: number): string {
  return (
    `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(radius)}" fill="#1f1a1c" stroke="${GOLD}" stroke-width="${r1(radius * 0.12)}"/>` +
    emblemSvg(characterClass, cx - radius * 0.62, cy - radius * 0.62, radius * 1.24, GOLD, "#1f1a1c")
  );
}

/**
 * Where the picture's subject sits clear of the card: inside the border, above the name banner and
 * its medallion, and away from the corner label. Tokens are cut from this square (as fractions of
 * the picture), so no token ever shows the plate or the "Offline engine" label; the full portrait
 * keeps both.
 */
export function subjectBox(W: number, H: number): { left: number; top: number; width: number; height: number } {
  const u = Math.min(W, H) / 1000;
  const inset = 22 * u;
  const top = inset + 14 * u;
  // The banner's top (bottom - 86u) less the medallion that overlaps it, and a little air.
  const bottom = H - inset - 20 * u - 86 * u - 42 * u - 6 * u;
  // Clear of the corner ornaments too (they reach about 40u in from the border).
  const side = Math.min(bottom - top, W - 2 * (inset + 50 * u));
  const left = (W - side) / 2;
  return { left: left / W, top: top / H, width: side / W, height: side / H };
}

export type FrameOptions = { width: number; height: number; name?: string; characterClass?: ClassKey };

export function frameSvg({ width: W, height: H, name, characterClass }: FrameOptions): string {
  const u = Math.min(W, H) / 1000;
  const band = 16 * u;
  const inset = band + 6 * u;
  const parts: string[] = [
    // The dark mat, drawn as a thick stroke so the picture inside stays untouched.
    `<rect x="${r1(band / 2)}" y="${r1(band / 2)}" width="${r1(W - band)}" height="${r1(H - band)}" fill="none" stroke="#141013" stroke-width="${r1(band)}"/>`,
    `<rect x="${r1(inset)}" y="${r1(inset)}" width="${r1(W - 2 * inset)}" height="${r1(H - 2 * inset)}" fill="none" stroke="${GOLD}" stroke-width="${r1(5 * u)}"/>`,
    `<rect x="${r1(inset + 10 * u)}" y="${r1(inset + 10 * u)}" width="${r1(W - 2 * inset - 20 * u)}" height="${r1(H - 2 * inset - 20 * u)}" fill="none" stroke="${GOLD}" stroke-opacity="0.55" stroke-width="${r1(2 * u)}"/>`,
    corner(inset - 4 * u, inset - 4 * u, 90 * u, 0),
    corner(W - inset + 4 * u, inset - 4 * u, 90 * u, 90),
    corner(W - inset + 4 * u, H - inset + 4 * u, 90 * u, 180),
    corner(inset - 4 * u, H - inset + 4 * u, 90 * u, 270),
  ];
  const bottom = H - inset - 20 * u;
  if (name) {
    const shown = name.length > 44 ? `${name.slice(0, 44).replace(/\s+\S*$/, "")}…` : name;
    const bannerWidth = Math.min(W * 0.8, Math.max(280 * u, shown.length * 44 * u * 0.6 + 120 * u));
    // Long names shrink to fit the banner rather than running over its ends.
    const fontSize = Math.min(44 * u, (bannerWidth - 80 * u) / (shown.length * 0.6));
    const text = escapeXml(shown);
    const top = bottom - 86 * u;
    parts.push(
      `<rect x="${r1(W / 2 - bannerWidth / 2)}" y="${r1(top)}" width="${r1(bannerWidth)}" height="${r1(70 * u)}" rx="${r1(10 * u)}" fill="#1f1a1c" fill-opacity="0.88" stroke="${GOLD}" stroke-width="${r1(4 * u)}"/>`,
      `<text x="${r1(W / 2)}" y="${r1(top + 49 * u)}" text-anchor="middle" font-family="DejaVu Serif, Georgia, serif" font-size="${r1(fontSize)}" fill="#f3e3b5" letter-spacing="${r1(2 * u)}">${text}</text>`,
    );
    if (characterClass) parts.push(medallion(characterClass, W / 2, top - 8 * u, 34 * u));
  } else if (characterClass) {
    parts.push(medallion(characterClass, W / 2, bottom - 30 * u, 40 * u));
  }
  const labelSize = 17 * u;
  const labelWidth = ENGINE_LABEL.length * labelSize * 0.58 + 18 * u;
  const lx = W - inset - 16 * u - labelWidth;
  const ly = H - inset - 16 * u - labelSize * 1.5;
  parts.push(
    `<rect x="${r1(lx)}" y="${r1(ly)}" width="${r1(labelWidth)}" height="${r1(labelSize * 1.5)}" rx="${r1(labelSize * 0.4)}" fill="#000" fill-opacity="0.45"/>`,
    `<text x="${r1(lx + labelWidth / 2)}" y="${r1(ly + labelSize * 1.08)}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="${r1(labelSize)}" fill="#fff" fill-opacity="0.8">${ENGINE_LABEL}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join("")}</svg>`;
}
