/**
 * The face comes from DiceBear's Lorelei style (design CC0 1.0 by Lisa Wischofsky, code MIT):
 * a well-kept, hand-drawn avatar set that already varies hair, eyes, brows, mouths and noses.
 * We only choose the parts and colours; everything around the head is drawn by the engine.
 *
 * Lorelei's own coordinate space is 980 units square; the geometry constants below (ear, eyes,
 * mouth, neck) were measured on it and are what race-features.ts and bust-svg.ts align to.
 */
import { createAvatar } from "@dicebear/core";
import * as lorelei from "@dicebear/lorelei";
import { bare, shade } from "./palette";
import type { Look } from "./traits";

export const AVATAR_UNITS = 980;

/** Landmarks in Lorelei units (after its own translate(10,-60)), measured on rendered heads. */
export const HEAD = {
  centerX: 480,
  skullTop: 175,
  ear: { x: 250, y: 540 },
  leftEye: { x: 440, y: 455 },
  rightEye: { x: 660, y: 440 },
  mouth: { x: 575, y: 625 },
  chinY: 750,
  neck: { left: 345, right: 590, baseY: 830 },
} as const;

type LoreleiOptions = Parameters<typeof createAvatar<lorelei.Options>>[1];

/**
 * Lorelei markup for the head, as a nested <svg> positioned in the caller's coordinates.
 * DiceBear is deterministic for a given seed string, so the avatar seed carries the request seed.
 */
export function headSvg(look: Look, avatarSeed: string, box: { x: number; y: number; size: number }): string {
  const { face } = look;
  // Options must never be present-but-undefined: Lorelei then draws nothing for that part.
  const options: LoreleiOptions = {
    seed: avatarSeed,
    hair: face.hair as lorelei.Options["hair"],
    mouth: face.mouth as lorelei.Options["mouth"],
    eyes: face.eyes as lorelei.Options["eyes"],
    eyebrows: face.eyebrows as lorelei.Options["eyebrows"],
    skinColor: [bare(look.skin)],
    hairColor: [bare(look.hair)],
    eyebrowsColor: [bare(shade(look.hair, -0.45))],
    eyesColor: [bare(shade(look.eyes, -0.55))],
    mouthColor: [bare(shade(look.skin, -0.75))],
    noseColor: [bare(shade(look.skin, -0.7))],
    frecklesColor: [bare(shade(look.skin, -0.3))],
    earringsColor: [bare(look.outfit.metal)],
    beardProbability: face.beardProbability,
    frecklesProbability: face.frecklesProbability,
    earringsProbability:
      look.raceLook.ears === "round" || look.raceLook.ears === "half-elf" ? face.earringsProbability : 0,
    glassesProbability: 0,
    // Flowers only where there is hair to hold them.
    hairAccessoriesProbability:
      look.characterClass === "druid" && look.gender === "female" && look.age !== "elderly" ? 40 : 0,
    hairAccessoriesColor: ["f4efe0"],
  };
  const markup = createAvatar(lorelei, options).toString();
  // Drop the RDF metadata (credited in this file and the report) and re-home the root element.
  const body = markup
    .replace(/<metadata[\s\S]*?<\/metadata>/, "")
    .replace(/^<svg[^>]*>/, "")
    .replace(/<\/svg>\s*$/, "");
  return `<svg x="${box.x}" y="${box.y}" width="${box.size}" height="${box.size}" viewBox="0 0 ${AVATAR_UNITS} ${AVATAR_UNITS}" overflow="visible">${body}</svg>`;
}
