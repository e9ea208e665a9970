/**
 * The shoulders and chest under the Lorelei head, in the head's 980-unit space. The torso is one
 * silhouette whose width follows build and race; outfits.ts dresses it. Outlines use the same ink
 * weight as Lorelei so head and body read as one drawing.
 */
import { ink, type Frame } from "./body-frame";
import { dressTorso } from "./outfits";
import { shade } from "./palette";
import type { Look } from "./traits";

/** Hood up: drawn behind the head, so the face sits inside its shadowed opening. */
export function hoodSvg(look: Look, f: Frame): string {
  if (!look.hood) return "";
  const { cx } = f;
  const cloth = look.outfit.kind === "plate" ? look.outfit.trim : look.outfit.base;
  return (
    `<path d="M${cx - 360} 1000 C${cx - 420} 560 ${cx - 330} 40 ${cx + 20} 20 C${cx + 380} 30 ${cx + 440} 520 ${cx + 360} 1000Z" fill="url(#cloth-grad)" ${ink()}/>` +
    `<path d="M${cx - 280} 900 C${cx - 320} 560 ${cx - 250} 110 ${cx + 20} 95 C${cx + 300} 105 ${cx + 340} 520 ${cx + 290} 900Z" fill="${shade(cloth, -0.6)}"/>`
  );
}

/** The tall flared collar of spellcasters, behind the head. */
export function mageCollarSvg(look: Look, f: Frame): string {
  if (look.outfit.kind !== "robe" || look.hood) return "";
  const { cx } = f;
  const trim = look.outfit.trim;
  const fan =
    `M${cx - 250} 960 C${cx - 330} 800 ${cx - 340} 660 ${cx - 310} 560 C${cx - 240} 630 ${cx - 150} 650 ${cx} 655` +
    ` C${cx + 150} 650 ${cx + 240} 630 ${cx + 310} 560 C${cx + 340} 660 ${cx + 330} 800 ${cx + 250} 960Z`;
  const lining =
    `M${cx - 215} 940 C${cx - 285} 800 ${cx - 295} 690 ${cx - 280} 610 C${cx - 200} 670 ${cx - 120} 690 ${cx} 695` +
    ` C${cx + 120} 690 ${cx + 200} 670 ${cx + 280} 610 C${cx + 295} 690 ${cx + 285} 800 ${cx + 215} 940Z`;
  return `<path d="${fan}" fill="${trim}" ${ink(8)}/><path d="${lining}" fill="${shade(look.outfit.base, -0.25)}"/>`;
}

/**
 * Forearms folded across the chest for the "arms crossed" pose: the lower arm first, the upper
 * arm over it, and each hand resting on the opposite upper arm at the sides.
 */
function crossedArmsSvg(look: Look, f: Frame): string {
  const { cx, sw } = f;
  const sleeve = look.outfit.kind === "plate" ? look.outfit.metal : look.outfit.base;
  const arm = (dir: number, y: number, tone: number) =>
    `<path d="M${cx - dir * (sw + 80)} ${y - 60} C${cx - dir * 200} ${y - 20} ${cx + dir * 150} ${y - 40} ${cx + dir * (sw - 40)} ${y - 70}` +
    ` L${cx + dir * (sw - 20)} ${y + 40} C${cx + dir * 150} ${y + 70} ${cx - dir * 200} ${y + 90} ${cx - dir * (sw + 80)} ${y + 70}Z" fill="${shade(sleeve, tone)}" ${ink()}/>` +
    `<path d="M${cx - dir * 40} ${y - 30} q${dir * 60} 20 ${dir * 130} 5" fill="none" stroke="${shade(sleeve, tone - 0.3)}" stroke-width="8" stroke-linecap="round"/>`;
  const hand = (dir: number, y: number) =>
    `<rect x="${cx + dir * (sw - 30) - 55}" y="${y - 70}" width="110" height="96" rx="40" fill="${look.skin}" ${ink(8)}/>` +
    [-22, 4, 30]
      .map(
        (dx) =>
          `<path d="M${cx + dir * (sw - 30) + dx * dir - 8} ${y - 62} l${dir * 4} 36" stroke="${shade(look.skin, -0.45)}" stroke-width="6" stroke-linecap="round"/>`,
      )
      .join("");
  return arm(-1, 1210, -0.22) + hand(-1, 1190) + arm(1, 1150, 0.05) + hand(1, 1130);
}

export function bustSvg(look: Look, f: Frame): string {
  const defs = `<linearGradient id="cloth-grad" x1="0" y1="0" x2="0.35" y2="1"><stop offset="0" stop-color="${shade(look.outfit.kind === "plate" ? look.outfit.trim : look.outfit.base, 0.12)}"/><stop offset="1" stop-color="${shade(look.outfit.kind === "plate" ? look.outfit.trim : look.outfit.base, -0.35)}"/></linearGradient>`;
  const shadow = `<path d="M${f.cx - 150} ${f.collarY - 20} Q${f.cx} ${f.collarY + 90} ${f.cx + 150} ${f.collarY - 20}" fill="none" stroke="${shade(look.skin, -0.35)}" stroke-width="40" opacity="0.45"/>`;
  const arms = look.pose === "crossed" ? crossedArmsSvg(look, f) : "";
  return `<defs>${defs}</defs>${shadow}${dressTorso(look, f)}${arms}`;
}
