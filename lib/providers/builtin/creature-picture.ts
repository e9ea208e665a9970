/**
 * A creature as a picture: its figure over the backdrop of the place it lives (or the one the
 * request names), placed so its head or main mass sits in the middle, where a round token crop
 * keeps it. For scenes, the same figure stands small in the foreground.
 */
import type { Rng } from "@/lib/rng";
import { backdropSvg } from "./backdrops";
import { creatureFigure, creatureSetting, type CreatureKey } from "./creatures";
import { findKey, SETTINGS, type SettingKey } from "./lexicon";
import { r1 } from "./palette";

const open = (W: number, H: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;

function vignette(W: number, H: number): string {
  return `<defs><radialGradient id="cr-vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.6"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#cr-vignette)"/>`;
}

export function creatureLayers(
  key: CreatureKey,
  text: string,
  rng: Rng,
  W: number,
  H: number,
): { backdrop: string; figure: string; setting: SettingKey } {
  const setting = findKey(text, SETTINGS) ?? creatureSetting(key, rng.fork("setting"));
  const side = Math.min(W, H) * 0.9;
  const k = side / 1000;
  const x = (W - side) / 2;
  const y = H * 0.47 - side / 2;
  return {
    setting,
    backdrop:
      open(W, H) + backdropSvg(setting, rng.fork("backdrop"), W, H, "#8a6ad8", "#c9a23a") + vignette(W, H) + "</svg>",
    figure:
      open(W, H) +
      `<g transform="translate(${r1(x)} ${r1(y)}) scale(${k.toFixed(4)})">${creatureFigure(key, text, rng.fork("figure"))}</g></svg>`,
  };
}

export function creatureSceneFigure(key: CreatureKey, text: string, rng: Rng, W: number, H: number): string {
  const side = Math.min(W, H) * rng.range(0.38, 0.48);
  const x = W * rng.range(0.22, 0.78) - side / 2;
  const y = H * 0.97 - side;
  return (
    open(W, H) +
    `<g transform="translate(${r1(x)} ${r1(y)}) scale(${(side / 1000).toFixed(4)})">${creatureFigure(key, text, rng)}</g></svg>`
  );
}
