import { r1 } from "../palette";
import type { CreatureContext } from "./context";
import { eyes, glowFill, groundShadow, line, litFill, mirrored, shape, teeth } from "./paint";
import { weaponSvg } from "./weapons";

/**
 * The undead: a skeleton (skull, ribcage, a rusty blade, pinpoint lights in its sockets), a zombie
 * (lopsided grey-green head, one milky eye, reaching hands) and a ghost (a translucent, glowing
 * shape trailing into tatters, hollow eyes and an open mouth).
 */

export function skeletonSvg(ctx: CreatureContext): string {
  const bone = "#e9e1c8";
  const boneDark = "#5a4e36";
  const ribs = [0, 1, 2, 3, 4]
    .map((i) => `M500 ${700 + i * 52} Q${390 - i * 6} ${690 + i * 52} ${340 + i * 10} ${745 + i * 55}`)
    .join(" ");
  const skull =
    "M500 250 Q380 250 370 380 Q365 460 405 505 L420 560 L580 560 L595 505 Q635 460 630 380 Q620 250 500 250Z";
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-bone", bone, 0.15)}${glowFill("cr-socket", ctx.hue.eye)}</defs>`,
      weaponSvg(ctx, "left"),
      // Tattered cloth hanging from the shoulders.
      shape(
        "M240 1000 L270 760 Q320 690 400 680 L600 680 Q680 690 730 760 L760 1000 L700 940 L660 1000 L610 930 L560 1000 L500 940Z",
        "#3a3040",
        "#120e16",
        5,
        'opacity="0.8"',
      ),
      mirrored(
        line("M500 660 Q420 650 300 690", bone, 24) + line(ribs, bone, 16) + line("M300 690 L250 760", bone, 26),
      ),
      line("M500 600 L500 1000", bone, 26),
      mirrored(line("M500 680 L500 1000", boneDark, 4, 'opacity="0.6"')),
      shape(skull, "url(#cr-bone)", boneDark, 7),
      // Sockets and the nasal cavity, with a faint light deep in each socket.
      mirrored(
        shape("M405 390 Q430 360 475 385 Q480 430 450 445 Q410 440 405 390Z", "#1a140e", "#000", 3) +
          `<circle cx="445" cy="410" r="38" fill="url(#cr-socket)"/><circle cx="445" cy="410" r="6" fill="${ctx.hue.eye}"/>`,
      ),
      shape("M500 455 L480 500 L520 500Z", "#1a140e", "#000", 3),
      shape("M425 548 L575 548 L570 600 Q500 625 430 600Z", "url(#cr-bone)", boneDark, 5),
      line(
        "M440 560 L440 596 M465 560 L465 604 M490 560 L490 608 M515 560 L515 608 M540 560 L540 604 M562 560 L562 596",
        boneDark,
        4,
      ),
      line("M420 310 Q450 300 470 320 M570 280 L540 330 L555 350", boneDark, 4, 'opacity="0.7"'),
    ].join("")
  );
}

export function zombieSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const tilt = rng.range(-9, -4);
  const head =
    "M500 270 Q395 270 380 390 Q370 480 405 550 Q440 620 505 625 Q570 620 598 540 Q630 470 620 385 Q600 270 500 270Z";
  const hand = (x: number, flip: 1 | -1) =>
    `<g transform="translate(${x} 0) scale(${flip} 1)">` +
    shape(
      "M0 1000 L-40 860 Q-60 800 -30 770 L-10 700 L10 700 L10 760 L30 690 L50 695 L45 770 L70 710 L88 720 L70 800 Q80 850 60 1000Z",
      "url(#cr-skin)",
      hue.dark,
      6,
    ) +
    line("M-30 860 L40 850", hue.dark, 4, 'opacity="0.6"') +
    "</g>";
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-skin", hue.body, 0.2)}</defs>`,
      shape("M200 1000 Q210 760 380 700 L620 700 Q790 760 800 1000Z", "#4a4438", "#16140f", 6),
      shape("M430 700 L470 820 L500 760 L540 830 L570 700Z", "#2a2620", "#16140f", 4),
      `<g transform="rotate(${r1(tilt)} 500 620)">`,
      mirrored(shape("M385 430 Q350 420 345 450 Q355 480 390 490Z", "url(#cr-skin)", hue.dark)),
      shape(head, "url(#cr-skin)", hue.dark),
      // Rot patches, a stitched scar and a wisp of hair.
      `<ellipse cx="565" cy="350" rx="40" ry="26" fill="#4e5a2e" opacity="0.75"/><ellipse cx="430" cy="520" rx="26" ry="18" fill="#5e3a3a" opacity="0.7"/>`,
      line("M540 300 L585 395 M548 315 L565 310 M558 338 L575 332 M566 360 L583 354 M574 382 L590 376", "#2a1a14", 5),
      line("M430 285 Q400 240 420 210 M470 275 Q470 230 455 205", "#2a2a22", 6),
      `<circle cx="450" cy="430" r="30" fill="#20140e"/><circle cx="450" cy="430" r="13" fill="${hue.eye}"/>`,
      `<circle cx="555" cy="425" r="33" fill="#20140e"/><circle cx="553" cy="427" r="22" fill="#d8dcc8"/><circle cx="548" cy="422" r="7" fill="#a8ac9a"/>`,
      shape("M495 450 L480 505 L515 505Z", "#2a1a12", hue.dark, 3),
      shape("M430 545 Q500 610 575 540 Q560 600 500 610 Q450 600 430 545Z", "#2a0e0c", hue.dark, 5),
      teeth(452, 548, 556, 6, 12, "#c8c098"),
      "</g>",
      hand(300, 1),
      hand(700, -1),
    ].join("")
  );
}

export function ghostSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const tail: string[] = [];
  const points = 7;
  for (let i = 0; i <= points; i++) {
    const x = 270 + (460 / points) * i;
    const y = i % 2 === 0 ? 930 + rng.range(-20, 30) : 820 + rng.range(-30, 20);
    tail.push(`${r1(x)} ${r1(y)}`);
  }
  const body = `M500 220 Q350 220 330 400 Q320 560 280 700 Q260 800 270 930 L${tail.join(" L")} Q740 800 720 700 Q680 560 670 400 Q650 220 500 220Z`;
  return [
    `<defs>${glowFill("cr-aura", hue.body)}<linearGradient id="cr-ghost" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f4fbff" stop-opacity="0.95"/><stop offset="0.55" stop-color="${hue.body}" stop-opacity="0.75"/><stop offset="1" stop-color="${hue.body}" stop-opacity="0.05"/></linearGradient></defs>`,
    `<circle cx="500" cy="480" r="460" fill="url(#cr-aura)"/>`,
    // Wisps of arms reaching out.
    mirrored(shape("M340 470 Q230 520 150 470 Q200 560 330 560Z", "url(#cr-ghost)", "none", 0)),
    shape(body, "url(#cr-ghost)", hue.light, 4, 'stroke-opacity="0.6"'),
    mirrored(
      shape("M400 380 Q440 340 475 390 Q470 450 440 460 Q405 450 400 380Z", "#0c1422", "none", 0, 'opacity="0.9"'),
    ),
    shape("M460 520 Q500 480 540 520 Q545 600 500 620 Q455 600 460 520Z", "#0c1422", "none", 0, 'opacity="0.85"'),
    eyes(500, 410, 120, 7, hue.eye, "none", 0),
  ].join("");
}
