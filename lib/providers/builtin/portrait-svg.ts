/**
 * Composes a portrait: backdrop, a rim light behind the head, then the figure in Lorelei's
 * 980-unit space (halo, hood, carried weapon, far-side features, head, near-side features,
 * clothing, held props), placed so the eyes sit a little above the middle whatever the aspect.
 * The frame and label are added by render.ts after the style treatment, so they stay crisp.
 */
import { headSvg } from "./avatar";
import { backdropSvg } from "./backdrops";
import { bodyFrame } from "./body-frame";
import { bustSvg, hoodSvg, mageCollarSvg } from "./bust-svg";
import { mix, r1, shade } from "./palette";
import type { Rng } from "@/lib/rng";
import { backPropSvg, frontPropSvg, propDefs } from "./props-svg";
import { raceFeatures } from "./race-features";
import { extrasSvg } from "./extras-svg";
import type { Look } from "./traits";

const EYE_LINE_Y = 510;

/** Where the 980-unit figure goes on a W×H canvas: scale and offset. */
export function figurePlacement(W: number, H: number): { k: number; x: number; y: number } {
  // Portrait and square canvases let the shoulders run slightly off the sides; landscape ones
  // fit the figure to the height and leave the scene visible on both sides.
  const stage = H >= W ? Math.min(W * 1.2, H) : H;
  const k = (stage / 1000) * 0.69;
  return { k, x: W / 2 - 470 * k, y: H * 0.41 - EYE_LINE_Y * k };
}

function halo(look: Look): string {
  if (!look.marks.halo) return "";
  return (
    `<defs><radialGradient id="halo-grad"><stop offset="0.55" stop-color="#fff2b0" stop-opacity="0"/><stop offset="0.8" stop-color="#ffe48a" stop-opacity="0.55"/><stop offset="1" stop-color="#ffe48a" stop-opacity="0"/></radialGradient></defs>` +
    `<circle cx="480" cy="380" r="400" fill="url(#halo-grad)"/><circle cx="480" cy="380" r="335" fill="none" stroke="#ffe9a0" stroke-width="10" opacity="0.8"/>`
  );
}

function rimLight(look: Look, W: number, H: number, place: { k: number; x: number; y: number }): string {
  const cx = place.x + 480 * place.k;
  const cy = place.y + 520 * place.k;
  const light = mix(look.magic, "#fff4dc", 0.6);
  return (
    `<defs><radialGradient id="rim-grad"><stop offset="0" stop-color="${light}" stop-opacity="0.45"/><stop offset="1" stop-color="${light}" stop-opacity="0"/></radialGradient></defs>` +
    `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(560 * place.k)}" ry="${r1(640 * place.k)}" fill="url(#rim-grad)"/>`
  );
}

function vignette(W: number, H: number, strength: number): string {
  return `<defs><radialGradient id="vignette" cx="0.5" cy="0.45" r="0.75"><stop offset="0.6" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="${strength}"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#vignette)"/>`;
}

/** A ground shadow under the bust so the figure sits in the scene rather than on it. */
function groundShade(look: Look, W: number, H: number): string {
  return (
    `<defs><linearGradient id="ground-shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="${shade(look.outfit.base, -0.8)}" stop-opacity="0.55"/></linearGradient></defs>` +
    `<rect x="0" y="${r1(H * 0.7)}" width="${W}" height="${r1(H * 0.3)}" fill="url(#ground-shade)"/>`
  );
}

/** The two layers render.ts needs: the scene (softened for depth) and the sharp figure. */
export function portraitLayers(
  look: Look,
  rng: Rng,
  W: number,
  H: number,
  avatarSeed: string,
): { backdrop: string; figure: string } {
  const place = figurePlacement(W, H);
  const frame = bodyFrame(look);
  const features = raceFeatures(look);
  // Seated/thoughtful tilts the head; looking over the shoulder tilts it the other way.
  const tilt = look.pose === "seated" ? -5 : look.pose === "shoulder" ? 4 : 0;
  const extras = extrasSvg(look, frame);
  const head = `<g transform="rotate(${tilt} 470 820)">${features.behind}${headSvg(look, avatarSeed, { x: 0, y: 0, size: 980 })}${features.front}${extras.face}</g>`;
  const figure = [
    `<defs>${features.defs}${propDefs(look)}</defs>`,
    halo(look),
    hoodSvg(look, frame),
    backPropSvg(look, frame),
    mageCollarSvg(look, frame),
    head,
    bustSvg(look, frame),
    frontPropSvg(look, frame),
    extras.front,
  ].join("");
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`;
  return {
    backdrop:
      open +
      backdropSvg(look.setting, rng.fork("backdrop"), W, H, look.magic, look.outfit.trim) +
      vignette(W, H, 0.55) +
      rimLight(look, W, H, place) +
      groundShade(look, W, H) +
      "</svg>",
    figure:
      open + `<g transform="translate(${r1(place.x)} ${r1(place.y)}) scale(${place.k.toFixed(4)})">${figure}</g></svg>`,
  };
}
