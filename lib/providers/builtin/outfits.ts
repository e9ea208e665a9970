/**
 * Clothing and armour over the torso silhouette, one small function per outfit kind. Each reads
 * as its archetype at thumbnail size first (pauldrons, fur mantle, stole, ruff, leaves) and adds
 * detail second.
 */
import { ink, torsoPath, type Frame } from "./body-frame";
import { emblemSvg } from "./emblems";
import { mix, shade } from "./palette";
import type { Look } from "./traits";

const mirror = (cx: number, inner: string) => `${inner}<g transform="translate(${2 * cx} 0) scale(-1 1)">${inner}</g>`;

/** The opening at the neck; `under` shows an undershirt there instead of bare skin. */
function vNeck(look: Look, f: Frame, depth: number, width = 105, under?: string): string {
  const { cx, collarY } = f;
  return `<path d="M${cx - width} ${collarY - 5} L${cx} ${collarY + depth} L${cx + width} ${collarY - 5}Z" fill="${under ?? shade(look.skin, -0.12)}" ${ink(7)}/>`;
}

function lapels(color: string, f: Frame, depth: number): string {
  const { cx, collarY } = f;
  return mirror(
    cx,
    `<path d="M${cx - 160} ${collarY + 5} L${cx - 105} ${collarY - 5} L${cx + 4} ${collarY + depth} L${cx + 4} ${collarY + depth + 90}Z" fill="${color}" ${ink(7)}/>`,
  );
}

function robe(look: Look, f: Frame): string {
  const { cx } = f;
  const stars =
    look.characterClass === "wizard"
      ? [
          [-260, 1180],
          [250, 1260],
          [-180, 1420],
          [300, 1480],
          [-320, 1560],
        ]
          .map(
            ([dx, y]) =>
              `<path d="M${cx + dx} ${y - 22} l7 15 l16 2 l-12 11 l3 16 l-14 -8 l-14 8 l3 -16 l-12 -11 l16 -2Z" fill="${look.outfit.trim}" opacity="0.85"/>`,
          )
          .join("")
      : "";
  const folds = [-200, -90, 120, 230]
    .map(
      (dx) =>
        `<path d="M${cx + dx} 1250 q${dx / 8} 200 ${dx / 5} 450" fill="none" stroke="${shade(look.outfit.base, -0.35)}" stroke-width="8" stroke-linecap="round"/>`,
    )
    .join("");
  return (
    vNeck(look, f, 230, 105, mix(look.outfit.trim, "#f4ecd8", 0.65)) +
    vNeck(look, f, 70, 60) +
    lapels(look.outfit.trim, f, 230) +
    folds +
    stars
  );
}

function plate(look: Look, f: Frame): string {
  const { cx, sw, shoulderY, collarY } = f;
  const metal = look.outfit.metal;
  const cape = `<path d="M${cx - sw - 40} ${shoulderY + 40} L${cx - sw - 110} ${f.bottom} L${cx + sw + 110} ${f.bottom} L${cx + sw + 40} ${shoulderY + 40}Z" fill="${shade(look.outfit.trim, -0.35)}" ${ink()}/>`;
  const breast =
    `<path d="${torsoPath(f, -30)}" fill="url(#metal-grad)" ${ink()}/><path d="M${cx} ${collarY + 120} L${cx} ${f.bottom}" stroke="${shade(metal, -0.35)}" stroke-width="10"/>` +
    `<ellipse cx="${cx - 150}" cy="${shoulderY + 160}" rx="70" ry="110" fill="#ffffff" opacity="0.18"/>`;
  const tabard =
    `<path d="M${cx - 125} ${shoulderY + 120} L${cx + 125} ${shoulderY + 120} L${cx + 140} ${f.bottom} L${cx - 140} ${f.bottom}Z" fill="${look.outfit.trim}" ${ink(8)}/>` +
    `<path d="M${cx - 125} ${shoulderY + 150} L${cx + 125} ${shoulderY + 150}" stroke="${look.outfit.metal}" stroke-width="12"/>` +
    emblemSvg(look.characterClass, cx - 70, shoulderY + 200, 140, mix(look.outfit.trim, "#f4e6b0", 0.75));
  const gorget = `<path d="M${cx - 160} ${collarY - 10} Q${cx} ${collarY + 80} ${cx + 160} ${collarY - 10} L${cx + 175} ${collarY + 45} Q${cx} ${collarY + 150} ${cx - 175} ${collarY + 45}Z" fill="url(#metal-grad)" ${ink(8)}/>`;
  const pauldron =
    `<path d="M${cx - sw - 105} ${shoulderY + 150} C${cx - sw - 120} ${shoulderY - 60} ${cx - sw + 90} ${shoulderY - 110} ${cx - sw + 200} ${shoulderY - 40} C${cx - sw + 230} ${shoulderY + 40} ${cx - sw + 140} ${shoulderY + 150} ${cx - sw - 105} ${shoulderY + 150}Z" fill="url(#metal-grad)" ${ink()}/>` +
    [60, 110]
      .map(
        (dy) =>
          `<path d="M${cx - sw - 100} ${shoulderY + dy} Q${cx - sw + 40} ${shoulderY + dy - 40} ${cx - sw + 175} ${shoulderY + dy - 45}" fill="none" stroke="${shade(metal, -0.4)}" stroke-width="7"/>`,
      )
      .join("") +
    `<circle cx="${cx - sw + 20}" cy="${shoulderY - 20}" r="12" fill="${shade(metal, 0.4)}" ${ink(4)}/>`;
  return cape + breast + tabard + gorget + mirror(cx, pauldron);
}

function leather(look: Look, f: Frame): string {
  const { cx, sw, shoulderY, collarY } = f;
  const strap = shade(look.outfit.trim, -0.15);
  return (
    `<path d="M${cx - 150} ${collarY - 10} Q${cx} ${collarY + 70} ${cx + 150} ${collarY - 10} L${cx + 170} ${collarY + 70} Q${cx} ${collarY + 160} ${cx - 170} ${collarY + 70}Z" fill="${shade(look.outfit.base, 0.15)}" ${ink(8)}/>` +
    `<path d="M${cx - sw + 60} ${shoulderY - 30} L${cx + sw - 20} ${f.bottom - 250} L${cx + sw - 20} ${f.bottom - 160} L${cx - sw - 10} ${shoulderY + 50}Z" fill="${strap}" ${ink(7)}/>` +
    [0.3, 0.55]
      .map(
        (t) =>
          `<rect x="${cx - sw + 25 + (2 * sw - 10) * t - 24}" y="${shoulderY + (f.bottom - 250 - shoulderY) * t - 20}" width="48" height="56" rx="6" fill="none" stroke="${look.outfit.metal}" stroke-width="9"/>`,
      )
      .join("") +
    [-1, 1]
      .map(
        (dir) =>
          `<path d="M${cx + dir * 60} ${collarY + 200} L${cx + dir * 40} ${f.bottom}" stroke="${shade(look.outfit.base, -0.4)}" stroke-width="8"/>`,
      )
      .join("")
  );
}

function fur(look: Look, f: Frame): string {
  const { cx, sw, shoulderY, collarY } = f;
  const pelt = look.age === "elderly" ? "#d8d0c0" : mix("#a89478", look.outfit.trim, 0.12);
  const tufts = Array.from({ length: 15 }, (_, i) => {
    // Right to left, so the hem closes the mantle outline without crossing it.
    const x = cx + sw + 60 - ((2 * sw + 120) * i) / 14;
    const y = shoulderY + 10 + Math.pow(Math.abs(i - 7) / 7, 2) * 120;
    return `${x + 40} ${y} Q${x + 20} ${y + 70} ${x} ${y + 15} Q${x - 20} ${y + 70} ${x - 40} ${y}`;
  });
  return (
    vNeck(look, f, 260, 120) +
    `<path d="M${cx - 170} ${collarY} L${cx + 4} ${collarY + 300} L${cx - 60} ${f.bottom} M${cx + 170} ${collarY} L${cx + 4} ${collarY + 300}" fill="none" stroke="${shade(look.outfit.base, -0.2)}" stroke-width="34"/>` +
    `<path d="M${cx - sw - 90} ${shoulderY + 80} C${cx - sw - 40} ${shoulderY - 120} ${cx - 160} ${collarY - 40} ${cx - 150} ${collarY - 20} Q${cx} ${collarY + 110} ${cx + 150} ${collarY - 20} C${cx + 160} ${collarY - 40} ${cx + sw + 40} ${shoulderY - 120} ${cx + sw + 90} ${shoulderY + 80} L${tufts.join(" L")}Z" fill="${pelt}" ${ink()}/>` +
    Array.from({ length: 12 }, (_, i) => {
      const x = cx - sw - 30 + (i * (2 * sw + 60)) / 11;
      const y = shoulderY - 40 + Math.pow(Math.abs(i - 5.5) / 5.5, 2) * 110 - (Math.abs(i - 5.5) < 2 ? 40 : 0);
      return `<path d="M${x} ${y} q12 26 0 52" fill="none" stroke="${shade(pelt, -0.3)}" stroke-width="7" stroke-linecap="round"/>`;
    }).join("")
  );
}

function vestment(look: Look, f: Frame): string {
  const { cx, shoulderY, collarY } = f;
  const stole = mirror(
    cx,
    `<path d="M${cx - 150} ${collarY} L${cx - 95} ${collarY} L${cx - 70} ${f.bottom} L${cx - 170} ${f.bottom}Z" fill="${look.outfit.trim}" ${ink(8)}/>` +
      `<path d="M${cx - 120} ${shoulderY + 300} h-20 m10 -10 v20" stroke="${shade(look.outfit.trim, 0.5)}" stroke-width="7" transform="translate(8 0)"/>`,
  );
  const symbol =
    `<circle cx="${cx}" cy="${shoulderY + 100}" r="58" fill="#d8b24a" ${ink(8)}/>` +
    emblemSvg("cleric", cx - 42, shoulderY + 58, 84, "#fff4c8");
  return (
    vNeck(look, f, 120, 95) +
    stole +
    `<path d="M${cx} ${collarY + 110} L${cx} ${shoulderY + 45}" stroke="#d8b24a" stroke-width="8"/>` +
    symbol
  );
}

function doublet(look: Look, f: Frame): string {
  const { cx, sw, shoulderY, collarY } = f;
  const puff =
    `<ellipse cx="${cx - sw + 20}" cy="${shoulderY + 25}" rx="88" ry="70" fill="${look.outfit.trim}" ${ink(8)}/>` +
    [-34, 0, 34]
      .map(
        (dx) =>
          `<path d="M${cx - sw + 20 + dx} ${shoulderY - 30} q-6 55 0 110" stroke="${shade(look.outfit.trim, -0.35)}" stroke-width="9" fill="none" stroke-linecap="round"/>`,
      )
      .join("");
  // A ruffled collar: one band whose lower edge is a row of small scallops.
  const scallops = Array.from({ length: 9 }, (_, i) => {
    const x = cx + 150 - (300 * (i + 1)) / 9;
    const y = collarY + 52 - Math.abs(i - 4) * 5;
    return `Q${x + 300 / 18} ${y + 34} ${x} ${y}`;
  }).join(" ");
  const ruff =
    `<path d="M${cx - 160} ${collarY - 15} Q${cx} ${collarY + 45} ${cx + 160} ${collarY - 15} L${cx + 150} ${collarY + 32} ${scallops} Z" fill="#f1ece0" ${ink(7)}/>` +
    [-90, -30, 30, 90]
      .map(
        (dx) =>
          `<path d="M${cx + dx} ${collarY + 20} l${dx / 12} 40" stroke="#c8c0ae" stroke-width="6" stroke-linecap="round"/>`,
      )
      .join("");
  const buttons = [0, 1, 2, 3, 4]
    .map((i) => `<circle cx="${cx}" cy="${shoulderY + 60 + i * 95}" r="14" fill="#d8b24a" ${ink(4)}/>`)
    .join("");
  return (
    mirror(cx, puff) +
    `<path d="M${cx} ${collarY + 40} L${cx} ${f.bottom}" stroke="${look.outfit.trim}" stroke-width="22"/>` +
    buttons +
    ruff
  );
}

function mantle(look: Look, f: Frame): string {
  const { cx, sw, shoulderY } = f;
  const greens = ["#3f6a2a", "#5a7f34", "#7a9a3a", "#4f7a4a"];
  const leaves = Array.from({ length: 18 }, (_, i) => {
    const t = i / 17;
    const x = cx - sw - 40 + (2 * sw + 80) * t;
    const y = shoulderY - 40 + Math.pow(Math.abs(t - 0.5) * 2, 2) * 0 + (i % 2) * 40 + Math.abs(t - 0.5) * 60;
    const angle = (t - 0.5) * 120 + (i % 2 ? 25 : -25);
    return `<g transform="translate(${x} ${y}) rotate(${angle})"><path d="M0 0 Q48 70 0 150 Q-48 70 0 0Z" fill="${greens[i % greens.length]}" ${ink(6)}/><path d="M0 12 L0 130" stroke="${shade(greens[i % greens.length], -0.3)}" stroke-width="5"/></g>`;
  });
  return (
    vNeck(look, f, 140, 90) +
    leaves.join("") +
    `<rect x="${cx - 18}" y="${f.collarY + 90}" width="36" height="70" rx="12" fill="#8a5a2a" ${ink(6)}/>`
  );
}

function gi(look: Look, f: Frame): string {
  const { cx, collarY } = f;
  return (
    `<path d="M${cx - 120} ${collarY} L${cx + 80} ${collarY + 480} L${cx + 40} ${collarY + 520} L${cx - 175} ${collarY + 30}Z" fill="${look.outfit.trim}" ${ink(7)}/>` +
    `<path d="M${cx + 120} ${collarY} L${cx + 10} ${collarY + 260}" stroke="${shade(look.outfit.base, -0.35)}" stroke-width="10"/>` +
    `<path d="M${cx - 105} ${collarY} L${cx + 40} ${collarY + 330} L${cx + 115} ${collarY}Z" fill="${shade(look.skin, -0.12)}" ${ink(7)}/>` +
    `<rect x="${cx - f.sw - 80}" y="${f.bottom - 300}" width="${2 * f.sw + 160}" height="90" fill="${look.outfit.trim}" ${ink(8)}/>`
  );
}

function cloak(look: Look, f: Frame): string {
  const { cx, shoulderY, collarY } = f;
  const tunic = shade(look.outfit.trim, -0.25);
  const strap = `<path d="M${cx + 250} ${shoulderY - 40} L${cx - 270} ${f.bottom - 200}" stroke="#5a3a22" stroke-width="34"/>`;
  return (
    `<path d="M${cx - 110} ${collarY + 40} L${cx + 110} ${collarY + 40} L${cx + 180} ${f.bottom} L${cx - 180} ${f.bottom}Z" fill="${tunic}" ${ink(8)}/>` +
    strap +
    mirror(
      cx,
      `<path d="M${cx - 120} ${collarY + 20} C${cx - 110} ${collarY + 300} ${cx - 150} ${collarY + 700} ${cx - 200} ${f.bottom}" fill="none" stroke="${shade(look.outfit.base, -0.3)}" stroke-width="12"/>`,
    ) +
    `<path d="M${cx - 45} ${collarY + 35} q45 -60 90 0 q-45 60 -90 0Z" fill="#c9a23a" ${ink(6)}/><path d="M${cx - 35} ${collarY + 35} h70" stroke="${shade("#c9a23a", -0.4)}" stroke-width="5"/>`
  );
}

function apron(look: Look, f: Frame): string {
  const { cx, sw, shoulderY, collarY } = f;
  const leatherColor = look.outfit.base;
  return (
    `<path d="${torsoPath(f)}" fill="#d8cfb8" ${ink()}/>` +
    vNeck(look, f, 110, 80) +
    [-1, 1]
      .map(
        (dir) =>
          `<path d="M${cx + dir * 150} ${shoulderY + 30} L${cx + dir * 90} ${collarY + 10}" stroke="${shade(leatherColor, -0.2)}" stroke-width="26"/>`,
      )
      .join("") +
    `<path d="M${cx - 170} ${shoulderY + 30} L${cx + 170} ${shoulderY + 30} L${cx + sw - 40} ${f.bottom} L${cx - sw + 40} ${f.bottom}Z" fill="${leatherColor}" ${ink()}/>` +
    `<rect x="${cx - 110}" y="${shoulderY + 240}" width="220" height="150" rx="14" fill="${shade(leatherColor, -0.15)}" ${ink(7)}/>` +
    `<path d="M${cx - 70} ${shoulderY + 250} l-10 -110 M${cx + 50} ${shoulderY + 250} l20 -120" stroke="${look.outfit.trim}" stroke-width="16" stroke-linecap="round"/>` +
    [-1, 1]
      .map(
        (dir) =>
          `<rect x="${cx + dir * 150 - 18}" y="${shoulderY + 14}" width="36" height="36" rx="5" fill="none" stroke="${look.outfit.trim}" stroke-width="8"/>`,
      )
      .join("")
  );
}

const OUTFITS = { robe, plate, leather, fur, vestment, doublet, mantle, gi, cloak, apron } as const;

export function dressTorso(look: Look, f: Frame): string {
  const metal = look.outfit.metal;
  const defs = `<defs><linearGradient id="metal-grad" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(metal, 0.45)}"/><stop offset="0.45" stop-color="${metal}"/><stop offset="1" stop-color="${shade(metal, -0.45)}"/></linearGradient></defs>`;
  const base = `<path d="${torsoPath(f)}" fill="url(#cloth-grad)" ${ink()}/>`;
  return defs + base + OUTFITS[look.outfit.kind](look, f);
}
