/**
 * Race cues and distinguishing marks drawn around the Lorelei head, in its 980-unit space
 * (see HEAD in avatar.ts). Lorelei faces look to the viewer's right, so the visible ear is on
 * the left and the far ear only peeks out behind the head.
 */
import { HEAD } from "./avatar";
import { INK, ink } from "./body-frame";
import { mix, shade } from "./palette";
import type { Look } from "./traits";

function ears(look: Look): { behind: string; front: string } {
  const skin = look.skin;
  const inner = shade(skin, -0.22);
  switch (look.raceLook.ears) {
    case "long-elf":
    case "elf": {
      const tip = look.raceLook.ears === "long-elf" ? { x: 95, y: 330 } : { x: 150, y: 400 };
      return {
        behind: `<path d="M690 430 Q740 400 ${look.raceLook.ears === "long-elf" ? "790 330" : "770 370"} Q760 430 700 480Z" fill="${shade(skin, -0.12)}" ${ink(8)}/>`,
        front:
          `<path d="M296 612 C262 628 226 610 214 572 C200 530 ${tip.x + 60} ${tip.y + 90} ${tip.x} ${tip.y} C${tip.x + 90} ${tip.y + 40} 262 440 300 470Z" fill="${skin}" ${ink()}/>` +
          `<path d="M272 580 C250 560 ${tip.x + 80} ${tip.y + 110} ${tip.x + 40} ${tip.y + 45}" fill="none" stroke="${inner}" stroke-width="10" stroke-linecap="round"/>`,
      };
    }
    case "half-elf":
      return {
        behind: "",
        front:
          `<path d="M298 606 C262 624 222 604 214 566 C206 528 200 470 190 436 C236 446 270 460 300 480Z" fill="${skin}" ${ink()}/>` +
          `<path d="M270 575 C250 550 236 510 222 470" fill="none" stroke="${inner}" stroke-width="9" stroke-linecap="round"/>`,
      };
    case "gnome":
    case "firbolg": {
      const droop = look.raceLook.ears === "firbolg";
      const tip = droop ? "120 600" : "150 430";
      return {
        behind: "",
        front:
          `<path d="M300 618 C250 650 ${droop ? "150 640" : "170 610"} ${tip} C${droop ? "170 540" : "190 420"} 260 450 300 478Z" fill="${skin}" ${ink()}/>` +
          `<path d="M276 590 C240 600 ${droop ? "190 600" : "200 560"} ${droop ? "168 596" : "188 470"}" fill="none" stroke="${inner}" stroke-width="12" stroke-linecap="round"/>`,
      };
    }
    default:
      return { behind: "", front: "" };
  }
}

/** A horn as a tapering curve: a base width, a quadratic spine, and ridges for texture. */
function horn(
  base: [number, number],
  control: [number, number],
  tip: [number, number],
  width: number,
  fill: string,
): string {
  const [bx, by] = base;
  const [cx, cy] = control;
  const [tx, ty] = tip;
  const path = `M${bx - width} ${by} Q${cx - width * 0.6} ${cy} ${tx} ${ty} Q${cx + width * 0.6} ${cy + width * 0.3} ${bx + width} ${by + 10}Z`;
  const ridges = [0.25, 0.45, 0.62].map((t) => {
    const x = (1 - t) * (1 - t) * bx + 2 * (1 - t) * t * cx + t * t * tx;
    const y = (1 - t) * (1 - t) * by + 2 * (1 - t) * t * cy + t * t * ty;
    const w = width * (1 - t) * 0.9;
    return `<path d="M${x - w} ${y + 4} Q${x} ${y - 10} ${x + w} ${y + 6}" fill="none" stroke="${shade(fill, -0.35)}" stroke-width="6" stroke-linecap="round"/>`;
  });
  return `<path d="${path}" fill="${fill}" ${ink(8)}/>${ridges.join("")}`;
}

function horns(look: Look): { behind: string; front: string } {
  if (look.raceLook.horns === "tiefling") {
    const color = mix(shade(look.skin, -0.55), "#3a2a2a", 0.5);
    return {
      behind: "",
      front: horn([380, 250], [300, 90], [230, 70], 34, color) + horn([600, 235], [650, 70], [740, 60], 34, color),
    };
  }
  if (look.raceLook.horns === "dragon") {
    const color = mix(shade(look.skin, 0.25), "#e8dcc0", 0.45);
    return {
      behind: horn([330, 340], [180, 250], [40, 250], 52, color) + horn([680, 300], [820, 190], [930, 180], 46, color),
      front: "",
    };
  }
  return { behind: "", front: "" };
}

/** Dragonborn: rows of scales on the neck and brow, and spines along the jaw. */
function scales(look: Look): string {
  if (!look.raceLook.scales) return "";
  const dark = shade(look.skin, -0.28);
  const rows: string[] = [];
  for (let row = 0; row < 4; row++) {
    const y = 700 + row * 34;
    for (let x = 390 + (row % 2) * 22; x < 575; x += 44) rows.push(`M${x - 20} ${y} q20 30 40 0`);
  }
  for (let row = 0; row < 2; row++) {
    const y = 300 + row * 30;
    for (let x = 560 + (row % 2) * 20; x < 690; x += 40) rows.push(`M${x - 18} ${y} q18 26 36 0`);
  }
  const spines = [
    [318, 640],
    [352, 684],
    [392, 716],
  ]
    .map(([x, y]) => `<path d="M${x} ${y} l-50 ${14} l38 24Z" fill="${shade(look.skin, 0.2)}" ${ink(6)}/>`)
    .join("");
  return `<path d="${rows.join(" ")}" fill="none" stroke="${dark}" stroke-width="6" stroke-linecap="round"/>${spines}`;
}

function tusks(look: Look): string {
  if (!look.raceLook.tusks) return "";
  const tooth = "#f1ead6";
  const { x, y } = HEAD.mouth;
  return (
    `<path d="M${x - 80} ${y + 30} L${x - 70} ${y - 22} L${x - 56} ${y + 26}Z" fill="${tooth}" ${ink(6)}/>` +
    `<path d="M${x + 36} ${y + 22} L${x + 50} ${y - 28} L${x + 60} ${y + 20}Z" fill="${tooth}" ${ink(6)}/>`
  );
}

function marks(look: Look): string {
  const out: string[] = [];
  const { leftEye, rightEye } = HEAD;
  if (look.marks.scar) {
    // A scar that reads at token size: a raised pale weal with a dark core and stitch marks.
    out.push(
      `<path d="M370 330 L500 680" stroke="${mix(look.skin, "#f4e0d8", 0.5)}" stroke-width="34" stroke-linecap="round" opacity="0.8"/>`,
    );
    out.push(
      `<path d="M370 330 L500 680" stroke="${mix(shade(look.skin, -0.35), "#9a2a2a", 0.5)}" stroke-width="16" stroke-linecap="round"/>`,
    );
    for (const t of [0.2, 0.4, 0.6, 0.8])
      out.push(
        `<path d="M${370 + 130 * t - 26} ${330 + 350 * t + 10} l52 -20" stroke="${shade(look.skin, -0.5)}" stroke-width="8" stroke-linecap="round"/>`,
      );
  }
  if (look.marks.tattoo) {
    // Futhark-like runes (fehu, raido, algiz, othala): angular marks read as magic, letters do not.
    const glow = look.marks.tattoo;
    const runes = [
      "M0 0 v50 M0 8 l18 -10 M0 24 l18 -10",
      "M0 50 V0 l16 12 l-16 12 l18 26",
      "M0 14 v36 M-15 0 l15 16 l15 -16",
      "M0 0 l13 16 l-13 16 l-13 -16Z M-13 32 l-8 14 M13 32 l8 14",
    ];
    const spots: Array<[number, number]> = [
      [330, 560],
      [365, 650],
      [420, 735],
      [520, 760],
      [640, 720],
      [700, 600],
    ];
    const glyphs = spots
      .map(([x, y], i) => `<path transform="translate(${x} ${y})" d="${runes[i % runes.length]}"/>`)
      .join("");
    // Bold bands across the cheeks as well as runes, so the marks survive a small token.
    out.push(
      `<path d="M300 520 Q340 560 330 610 M330 500 Q375 545 365 600 M720 500 Q690 545 700 600 M745 520 Q710 560 720 610" stroke="${shade(glow, -0.2)}" stroke-width="14" stroke-linecap="round" fill="none" opacity="0.85"/>`,
    );
    out.push(
      `<g stroke="${glow}" stroke-width="20" stroke-linecap="round" stroke-linejoin="round" fill="none" opacity="0.35">${glyphs}</g>`,
    );
    out.push(
      `<g stroke="${shade(glow, 0.45)}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" fill="none">${glyphs}</g>`,
    );
  }
  if (look.marks.glowEyes) {
    for (const eye of [leftEye, rightEye])
      out.push(
        `<circle cx="${eye.x}" cy="${eye.y}" r="48" fill="url(#eye-glow)"/><circle cx="${eye.x}" cy="${eye.y}" r="9" fill="#ffffff" opacity="0.9"/>`,
      );
  }
  if (look.age === "elderly") {
    const line = shade(look.skin, -0.35);
    out.push(
      `<path d="M712 428 l28 -10 M716 456 l30 4 M505 560 q-28 40 -8 84" fill="none" stroke="${line}" stroke-width="6" stroke-linecap="round"/>`,
    );
  }
  if (look.marks.eyepatch) {
    out.push(
      `<path d="M290 500 L440 455 L720 340" fill="none" stroke="${INK}" stroke-width="12"/><ellipse cx="${leftEye.x}" cy="${leftEye.y}" rx="62" ry="52" fill="#231c1e" ${ink(6)}/>`,
    );
  }
  return out.join("");
}

function headwear(look: Look): string {
  const gold = "#d8b24a";
  switch (look.marks.headwear) {
    case "crown":
      return (
        `<path d="M350 220 L340 110 L410 160 L480 80 L550 150 L625 95 L615 215 Q480 250 350 220Z" fill="${gold}" ${ink(8)}/>` +
        `<circle cx="480" cy="190" r="18" fill="#b3242b" ${ink(5)}/><circle cx="405" cy="200" r="11" fill="#2d4f8e"/><circle cx="560" cy="195" r="11" fill="#2d4f8e"/>`
      );
    case "circlet":
      return (
        `<path d="M270 350 Q500 300 730 320" fill="none" stroke="${gold}" stroke-width="14" stroke-linecap="round"/>` +
        `<path d="M540 300 l16 22 l-16 22 l-16 -22Z" fill="${look.magic}" ${ink(5)}/>`
      );
    case "thorns":
      return (
        `<path d="M300 250 Q480 170 680 230" fill="none" stroke="#4a3424" stroke-width="16"/>` +
        [330, 390, 450, 510, 570, 630]
          .map(
            (x, i) =>
              `<path d="M${x} ${238 - (i % 3) * 12} l${i % 2 ? 14 : -14} -34" stroke="#4a3424" stroke-width="8" stroke-linecap="round"/>`,
          )
          .join("")
      );
    default:
      return "";
  }
}

/** Features split by depth: `behind` goes under the head, `front` over it. */
export function raceFeatures(look: Look): { behind: string; front: string; defs: string } {
  const ear = ears(look);
  const horn = horns(look);
  const defs = `<radialGradient id="eye-glow"><stop offset="0" stop-color="${shade(look.magic, 0.7)}" stop-opacity="1"/><stop offset="0.3" stop-color="${shade(look.magic, 0.3)}" stop-opacity="0.8"/><stop offset="1" stop-color="${look.magic}" stop-opacity="0"/></radialGradient>`;
  return {
    behind: horn.behind + ear.behind,
    front: ear.front + scales(look) + tusks(look) + marks(look) + horn.front + headwear(look),
    defs,
  };
}
