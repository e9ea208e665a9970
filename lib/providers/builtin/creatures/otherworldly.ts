import { r1, shade } from "../palette";
import { has, type CreatureContext } from "./context";
import { eyes, glowFill, groundShadow, line, litFill, mirrored, shape, teeth } from "./paint";

/**
 * Oozes (a dripping translucent blob with bones inside, or a gelatinous cube), fiends (a horned,
 * winged demon; a devil with straight horns and a trident) and aberrations (an eye tyrant with its
 * eyestalks; a tentacle-faced mind flayer).
 */

export function oozeSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const bones = `<g opacity="0.7">${line("M430 700 L560 760 M440 760 L540 690", "#efe6cc", 14)}<circle cx="610" cy="620" r="34" fill="#efe6cc"/><circle cx="600" cy="615" r="8" fill="#3a3a2a"/><circle cx="622" cy="615" r="8" fill="#3a3a2a"/></g>`;
  const bubbles = [0, 1, 2, 3, 4, 5]
    .map(
      () =>
        `<circle cx="${r1(rng.range(320, 680))}" cy="${r1(rng.range(480, 820))}" r="${r1(rng.range(8, 22))}" fill="#ffffff" opacity="0.35"/>`,
    )
    .join("");
  if (has(ctx, "cube|gelatinous")) {
    return (
      groundShadow(500, 920, 360) +
      [
        `<path d="M220 380 L500 300 L780 380 L780 860 L500 940 L220 860Z" fill="${hue.body}" opacity="0.55" stroke="${hue.dark}" stroke-width="7"/>`,
        `<path d="M220 380 L500 460 L780 380 M500 460 L500 940" fill="none" stroke="${hue.light}" stroke-width="6" opacity="0.7"/>`,
        bones,
        bubbles,
        shape("M300 560 L340 520 L400 600 Z", "#9a9aa2", "#3a3a40", 4, 'opacity="0.7"'),
      ].join("")
    );
  }
  const drips = [0, 1, 2, 3]
    .map((i) => {
      const x = 300 + i * 130 + rng.range(-20, 20);
      return shape(
        `M${r1(x - 22)} 820 Q${r1(x)} ${r1(900 + rng.range(0, 60))} ${r1(x + 22)} 820Z`,
        "url(#cr-ooze)",
        "none",
        0,
      );
    })
    .join("");
  const top = rng.range(-40, 40);
  return (
    groundShadow(500, 915, 400) +
    [
      `<defs><radialGradient id="cr-ooze" cx="0.4" cy="0.35" r="0.8"><stop offset="0" stop-color="${shade(hue.body, 0.45)}" stop-opacity="0.95"/><stop offset="0.7" stop-color="${hue.body}" stop-opacity="0.85"/><stop offset="1" stop-color="${hue.dark}" stop-opacity="0.95"/></radialGradient></defs>`,
      shape(
        `M110 880 Q120 760 220 700 Q230 560 330 520 Q360 ${r1(360 + top)} 500 ${r1(340 + top)} Q650 ${r1(350 - top)} 690 500 Q800 540 790 680 Q900 750 890 880 Q500 930 110 880Z`,
        "url(#cr-ooze)",
        hue.dark,
      ),
      bones,
      bubbles,
      drips,
      line(`M380 ${r1(420 + top)} Q440 ${r1(380 + top)} 500 ${r1(385 + top)}`, "#ffffff", 14, 'opacity="0.45"'),
    ].join("")
  );
}

export function fiendSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const devil = has(ctx, "devil|devils|pit fiend|imp|barbed|bearded devil|erinyes");
  const head =
    "M500 290 Q410 290 390 390 Q380 470 410 540 Q450 620 500 630 Q550 620 590 540 Q620 470 610 390 Q590 290 500 290Z";
  const horn = devil
    ? `M415 330 Q395 240 ${r1(410 + rng.range(-20, 10))} 140 Q440 250 455 310Z`
    : `M420 330 Q330 320 300 250 Q290 170 360 150 Q320 200 345 245 Q380 280 440 300Z`;
  const wing = "M420 640 Q250 420 90 330 Q140 460 100 560 Q190 540 200 640 Q260 600 290 700 Q340 650 400 720Z";
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-skin", hue.body)}${litFill("cr-wing", shade(hue.body, -0.45), 0.2)}${glowFill("cr-brim", "#ff6a1a")}</defs>`,
      `<circle cx="500" cy="800" r="420" fill="url(#cr-brim)" opacity="0.7"/>`,
      mirrored(
        shape(wing, "url(#cr-wing)", "#120606", 6) +
          line("M420 640 L90 330 M300 520 L100 560 M330 580 L200 640", "#120606", 6),
      ),
      devil
        ? line("M790 990 L700 250", "#3a3a40", 16) +
          shape("M700 250 L660 160 L690 180 L700 120 L715 180 L745 165Z", "#8a8e96", "#1a1a1e", 5)
        : "",
      shape("M170 1000 Q180 760 380 690 L620 690 Q820 760 830 1000Z", "url(#cr-skin)", hue.dark),
      line("M500 720 L500 900 M400 760 Q450 800 500 790 Q550 800 600 760", hue.dark, 6, 'opacity="0.6"'),
      mirrored(
        shape("M395 410 Q330 360 310 330 Q330 420 400 470Z", "url(#cr-skin)", hue.dark) +
          shape(horn, "#2a2220", "#000", 5),
      ),
      shape(head, "url(#cr-skin)", hue.dark),
      mirrored(line("M405 400 Q445 420 480 430", "#1a0606", 14)),
      eyes(500, 455, 100, 15, hue.eye, "slit", -14),
      line("M490 460 Q480 520 500 535 Q520 520 510 460", hue.dark, 5),
      shape("M430 565 Q500 620 570 565 Q500 585 430 565Z", "#1a0404", hue.dark, 5),
      teeth(440, 560, 572, 6, 14),
      devil ? shape("M480 620 L500 700 L520 620Z", "#1a0a08", "#000", 3) : "",
    ].join("")
  );
}

export function aberrationSvg(ctx: CreatureContext): string {
  return has(ctx, "mind flayer|illithid|flayer|tentacle|tentacled") ? mindFlayer(ctx) : eyeTyrant(ctx);
}

function eyeTyrant(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const stalks: string[] = [];
  for (let i = 0; i < 8; i++) {
    const a = Math.PI * (1.1 + (i / 7) * 0.8) + rng.range(-0.06, 0.06);
    const base = { x: 500 + Math.cos(a) * 200, y: 470 + Math.sin(a) * 200 };
    const tip = { x: 500 + Math.cos(a) * 360, y: 440 + Math.sin(a) * 330 };
    const bend = rng.range(-60, 60);
    stalks.push(
      line(
        `M${r1(base.x)} ${r1(base.y)} Q${r1((base.x + tip.x) / 2 + bend)} ${r1((base.y + tip.y) / 2)} ${r1(tip.x)} ${r1(tip.y)}`,
        hue.dark,
        26,
      ) +
        line(
          `M${r1(base.x)} ${r1(base.y)} Q${r1((base.x + tip.x) / 2 + bend)} ${r1((base.y + tip.y) / 2)} ${r1(tip.x)} ${r1(tip.y)}`,
          hue.body,
          14,
        ) +
        `<circle cx="${r1(tip.x)}" cy="${r1(tip.y)}" r="26" fill="#f4ecd0" stroke="${hue.dark}" stroke-width="6"/><circle cx="${r1(tip.x)}" cy="${r1(tip.y)}" r="11" fill="${hue.eye}"/><circle cx="${r1(tip.x)}" cy="${r1(tip.y)}" r="5" fill="#100"/>`,
    );
  }
  return (
    groundShadow(500, 930, 250) +
    [
      `<defs>${litFill("cr-hide", hue.body, 0.4)}<radialGradient id="cr-iris"><stop offset="0" stop-color="#100"/><stop offset="0.3" stop-color="#100"/><stop offset="0.32" stop-color="${hue.eye}"/><stop offset="1" stop-color="${shade(hue.eye, -0.5)}"/></radialGradient></defs>`,
      stalks.join(""),
      `<circle cx="500" cy="520" r="240" fill="url(#cr-hide)" stroke="${hue.dark}" stroke-width="9"/>`,
      // The great central eye under a heavy lid, and a wide mouth of teeth below it.
      `<ellipse cx="500" cy="470" rx="110" ry="95" fill="#f6f0dc" stroke="${hue.dark}" stroke-width="8"/><circle cx="500" cy="475" r="66" fill="url(#cr-iris)"/><circle cx="478" cy="452" r="14" fill="#fff" opacity="0.8"/>`,
      shape("M385 440 Q500 340 615 440 Q500 400 385 440Z", shade(hue.body, -0.25), hue.dark, 5),
      shape("M360 610 Q500 720 640 610 Q500 650 360 610Z", "#2a0608", hue.dark, 6),
      teeth(372, 628, 618, 12, 20),
      teeth(392, 608, 668, 9, 14, "#f4ecd6", true),
    ].join("")
  );
}

function mindFlayer(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const tentacles = [-1, -0.35, 0.35, 1]
    .map((side) => {
      const x = 500 + side * 55;
      const sway = rng.range(-30, 30);
      return (
        line(
          `M${r1(x)} 560 Q${r1(x + side * 40 + sway)} 680 ${r1(x + side * 20 - sway)} 800 Q${r1(x + side * 10)} 850 ${r1(x + side * 45)} 870`,
          hue.dark,
          34,
        ) +
        line(
          `M${r1(x)} 560 Q${r1(x + side * 40 + sway)} 680 ${r1(x + side * 20 - sway)} 800 Q${r1(x + side * 10)} 850 ${r1(x + side * 45)} 870`,
          hue.body,
          22,
        )
      );
    })
    .join("");
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-skin", hue.body, 0.35)}${litFill("cr-robe", hue.accent, 0.25)}</defs>`,
      shape("M170 1000 Q180 760 380 700 L620 700 Q820 760 830 1000Z", "url(#cr-robe)", shade(hue.accent, -0.6)),
      // The tall collar behind the head.
      mirrored(shape("M300 760 Q250 560 330 420 Q360 560 420 700Z", "url(#cr-robe)", shade(hue.accent, -0.6))),
      shape(
        "M500 160 Q360 160 350 330 Q345 440 400 520 Q440 580 500 585 Q560 580 600 520 Q655 440 650 330 Q640 160 500 160Z",
        "url(#cr-skin)",
        hue.dark,
      ),
      line("M420 240 Q470 210 520 240 M560 210 Q600 240 610 290", hue.dark, 5, 'opacity="0.5"'),
      tentacles,
      eyes(500, 420, 130, 22, "#f4f4ff", "none", -16),
    ].join("")
  );
}
