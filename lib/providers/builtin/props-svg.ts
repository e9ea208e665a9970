/**
 * Weapons, instruments and spell light around the bust. A bust has no room for hands holding
 * things naturally, so by default the weapon is carried on the back (hilt or head above the
 * shoulder, which is how it reads in a portrait); "weapon ready" brings it across the front and
 * "casting a spell" adds a glowing orb with a rune ring.
 */
import { ink, type Frame } from "./body-frame";
import type { WeaponKey } from "./lexicon";
import { mix, shade } from "./palette";
import type { Look } from "./traits";

const WOOD = "#6b4526";
const STEEL = "#b8bfc8";

/** A weapon drawn upright with its head at (0,0) pointing up and its haft going down +y. */
function upright(weapon: WeaponKey, look: Look): string {
  const metal = look.outfit.kind === "plate" ? look.outfit.metal : STEEL;
  const pole = (length: number, width = 26, color = WOOD) =>
    `<rect x="${-width / 2}" y="0" width="${width}" height="${length}" rx="${width / 2}" fill="${color}" ${ink(7)}/>`;
  const blade = (length: number, width: number) =>
    `<path d="M${-width / 2} 0 L${-width / 2} ${-length} L0 ${-length - width} L${width / 2} ${-length} L${width / 2} 0Z" fill="url(#blade-grad)" ${ink(7)}/><path d="M0 ${-10} L0 ${-length}" stroke="${shade(metal, -0.3)}" stroke-width="5"/>`;
  const hilt = (guard: number) =>
    `<rect x="${-guard / 2}" y="-10" width="${guard}" height="26" rx="10" fill="#c9a23a" ${ink(7)}/>${pole(150, 30, "#4a2e1c").replace('y="0"', 'y="16"')}<circle cx="0" cy="180" r="24" fill="#c9a23a" ${ink(7)}/>`;
  switch (weapon) {
    case "sword":
      return blade(520, 56) + hilt(170);
    case "greatsword":
      return blade(700, 76) + hilt(230);
    case "dagger":
      return blade(200, 44) + hilt(110);
    case "axe":
      return (
        pole(900) +
        `<path d="M10 -10 C120 -90 170 -20 160 60 C150 140 100 170 10 110Z" fill="url(#blade-grad)" ${ink(8)}/><path d="M-12 -30 C-70 -40 -90 10 -80 40 C-60 20 -30 20 -12 30Z" fill="url(#blade-grad)" ${ink(7)}/>`
      );
    case "hammer":
      return (
        pole(900) +
        `<rect x="-110" y="-30" width="220" height="120" rx="14" fill="url(#blade-grad)" ${ink(8)}/><rect x="-110" y="0" width="220" height="22" fill="${shade(metal, -0.3)}"/>`
      );
    case "mace":
      return (
        pole(800) +
        `<circle cx="0" cy="0" r="70" fill="url(#blade-grad)" ${ink(8)}/>` +
        [0, 60, 120, 180, 240, 300]
          .map((a) => `<path d="M0 -70 L22 -105 L-22 -105Z" fill="${metal}" ${ink(5)} transform="rotate(${a})"/>`)
          .join("")
      );
    case "spear":
      return (
        pole(1400) +
        `<path d="M-30 10 C-40 -80 -10 -150 0 -200 C10 -150 40 -80 30 10Z" fill="url(#blade-grad)" ${ink(7)}/><rect x="-22" y="0" width="44" height="40" fill="#c9a23a" ${ink(6)}/>`
      );
    case "scythe":
      return (
        pole(1400) + `<path d="M0 0 C120 -60 260 -20 330 80 C230 30 120 30 10 60Z" fill="url(#blade-grad)" ${ink(8)}/>`
      );
    case "staff": {
      const druidic = look.characterClass === "druid";
      const top = druidic
        ? `<path d="M0 40 C-60 0 -50 -90 10 -100 C70 -100 80 -30 30 -10" fill="none" stroke="${WOOD}" stroke-width="30" stroke-linecap="round"/><ellipse cx="-40" cy="-40" rx="18" ry="34" fill="#5a7f34" ${ink(5)} transform="rotate(-30 -40 -40)"/>`
        : `<path d="M-50 40 Q-60 -40 -20 -70 M50 40 Q60 -40 20 -70" fill="none" stroke="${shade(WOOD, -0.2)}" stroke-width="18" stroke-linecap="round"/><path d="M0 -120 L34 -50 L0 20 L-34 -50Z" fill="${shade(look.magic, 0.2)}" ${ink(7)}/>`;
      return (
        `<circle cx="0" cy="-50" r="150" fill="url(#magic-glow)"/>` +
        pole(1500, 30, druidic ? shade(WOOD, -0.1) : WOOD).replace('y="0"', 'y="30"') +
        top
      );
    }
    case "wand":
      return (
        `<circle cx="0" cy="0" r="80" fill="url(#magic-glow)"/>` +
        pole(420, 20, "#3a2a1a") +
        `<circle cx="0" cy="0" r="16" fill="${shade(look.magic, 0.5)}"/>`
      );
    case "lute":
      return (
        `<rect x="-20" y="0" width="40" height="500" fill="${shade(WOOD, 0.1)}" ${ink(7)}/><path d="M-28 0 L-20 -130 L20 -130 L28 0Z" fill="${shade(WOOD, -0.2)}" ${ink(7)}/>` +
        [-100, -60, -20]
          .map(
            (y) => `<circle cx="-32" cy="${y}" r="9" fill="#c9a23a"/><circle cx="32" cy="${y}" r="9" fill="#c9a23a"/>`,
          )
          .join("") +
        `<ellipse cx="0" cy="600" rx="170" ry="210" fill="#b0783a" ${ink(8)}/><circle cx="0" cy="560" r="45" fill="#2a1a10"/>`
      );
    case "bow":
      return `<path d="M0 -560 Q-220 0 0 560" fill="none" stroke="${WOOD}" stroke-width="30" stroke-linecap="round"/><path d="M0 -560 L0 560" stroke="#e8e0c8" stroke-width="5"/>`;
    case "shield":
      return `<circle cx="0" cy="0" r="230" fill="${look.outfit.trim}" ${ink(9)}/><circle cx="0" cy="0" r="185" fill="none" stroke="${metal}" stroke-width="22"/><circle cx="0" cy="0" r="40" fill="url(#blade-grad)" ${ink(6)}/>`;
    default:
      return "";
  }
}

function place(inner: string, x: number, y: number, angle: number): string {
  return inner ? `<g transform="translate(${x} ${y}) rotate(${angle})">${inner}</g>` : "";
}

/** Carried on the back: behind the torso, the business end above a shoulder. */
export function backPropSvg(look: Look, f: Frame): string {
  const { cx, sw } = f;
  const w = look.weapon;
  if (look.pose === "ready" || w === "tome" || w === "orb" || w === "none" || w === "wand") return "";
  if (w === "staff" || w === "spear" || w === "scythe") return place(upright(w, look), cx + sw + 70, 260, 4);
  if (w === "bow") return place(upright(w, look), cx - 40, 1150, -38) + quiver(cx + sw - 130, 700);
  if (w === "shield") return place(upright(w, look), cx - sw - 10, 1080, 0);
  if (w === "lute") return place(upright(w, look), cx + sw - 40, 700, 28);
  // Blades ride hilt-up, so they turn over: the guard sits just above the shoulder.
  if (w === "dagger")
    return (
      place(upright("dagger", look), cx + sw - 110, 930, 200) + place(upright("dagger", look), cx - sw + 110, 930, 160)
    );
  if (w === "sword" || w === "greatsword") return place(upright(w, look), cx + sw - 150, 880, 206);
  return place(upright(w, look), cx + sw - 60, 680, 26);
}

function quiver(x: number, y: number): string {
  const fletch = [-30, 0, 30]
    .map(
      (dx) =>
        `<path d="M${dx} -40 l-14 -60 l14 20 l14 -20Z" fill="#e8e0c8" ${ink(5)}/><rect x="${dx - 4}" y="-40" width="8" height="60" fill="${WOOD}"/>`,
    )
    .join("");
  return `<g transform="translate(${x} ${y}) rotate(24)">${fletch}<rect x="-60" y="0" width="120" height="400" rx="24" fill="#6b4526" ${ink(8)}/></g>`;
}

/** In front of the body: weapon-ready blades, books and orbs, spell light. */
export function frontPropSvg(look: Look, f: Frame): string {
  const { cx, sw } = f;
  const out: string[] = [];
  const w = look.weapon;
  if (look.pose === "ready" && w !== "none" && w !== "tome" && w !== "orb") {
    out.push(place(upright(w === "lute" ? "sword" : w, look), cx + 170, 1250, 32));
    // A fist round the grip: a rounded block with three finger creases.
    out.push(
      `<g transform="rotate(32 ${cx + 178} 1262)"><rect x="${cx + 120}" y="1205" width="116" height="100" rx="38" fill="${look.skin}" ${ink(8)}/>` +
        [140, 168, 196]
          .map(
            (x) =>
              `<path d="M${cx + x + 8} 1212 v32" stroke="${shade(look.skin, -0.45)}" stroke-width="6" stroke-linecap="round"/>`,
          )
          .join("") +
        "</g>",
    );
  }
  if (w === "tome") {
    const cover = mix(look.outfit.base, "#5a2a1a", 0.4);
    out.push(
      `<g transform="translate(${cx - sw + 40} 1060) rotate(-12)"><rect x="-20" y="-20" width="280" height="300" rx="12" fill="url(#magic-glow)"/><rect x="0" y="0" width="240" height="260" rx="10" fill="${cover}" ${ink(8)}/><rect x="18" y="14" width="204" height="232" rx="6" fill="none" stroke="#c9a23a" stroke-width="8"/><circle cx="120" cy="130" r="36" fill="${look.magic}" ${ink(6)}/></g>`,
    );
  }
  if (w === "orb" || look.pose === "casting") {
    const x = cx + sw - 40;
    const y = 1130;
    out.push(
      `<circle cx="${x}" cy="${y}" r="230" fill="url(#magic-glow)"/><ellipse cx="${x}" cy="${y + 50}" rx="170" ry="48" fill="none" stroke="${shade(look.magic, 0.3)}" stroke-width="8" stroke-dasharray="26 18" opacity="0.9"/>` +
        `<circle cx="${x}" cy="${y}" r="78" fill="url(#orb-grad)" ${ink(6)}/><ellipse cx="${x - 26}" cy="${y - 28}" rx="22" ry="14" fill="#ffffff" opacity="0.8"/>` +
        [
          [-150, -120],
          [130, -170],
          [170, 40],
          [-110, 90],
          [30, -230],
        ]
          .map(
            ([dx, dy]) =>
              `<path d="M${x + dx} ${y + dy - 18} l5 13 l13 5 l-13 5 l-5 13 l-5 -13 l-13 -5 l13 -5Z" fill="${shade(look.magic, 0.6)}"/>`,
          )
          .join(""),
    );
  }
  return out.join("");
}

export function propDefs(look: Look): string {
  const metal = look.outfit.kind === "plate" ? look.outfit.metal : STEEL;
  return (
    `<linearGradient id="blade-grad" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${shade(metal, 0.5)}"/><stop offset="0.5" stop-color="${metal}"/><stop offset="1" stop-color="${shade(metal, -0.35)}"/></linearGradient>` +
    `<radialGradient id="magic-glow"><stop offset="0" stop-color="${shade(look.magic, 0.5)}" stop-opacity="0.75"/><stop offset="0.4" stop-color="${look.magic}" stop-opacity="0.35"/><stop offset="1" stop-color="${look.magic}" stop-opacity="0"/></radialGradient>` +
    `<radialGradient id="orb-grad" cx="0.4" cy="0.35"><stop offset="0" stop-color="#ffffff"/><stop offset="0.45" stop-color="${shade(look.magic, 0.3)}"/><stop offset="1" stop-color="${shade(look.magic, -0.4)}"/></radialGradient>`
  );
}
