import { r1, shade } from "../palette";
import type { CreatureContext } from "./context";
import { eyes, groundShadow, line, litFill, mirrored, shape, teeth } from "./paint";

/**
 * Beasts, each in the view that reads best on a token: a wolf's head and ruff from the front,
 * snarling; a bear's broad head over massive shoulders; a giant spider from above (eight jointed
 * legs, a marked abdomen, a cluster of eyes); a giant rat in profile with its long tail.
 */

export function wolfSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const ruff: string[] = [];
  for (let i = 0; i <= 12; i++) {
    const x = 190 + i * 51.6;
    ruff.push(`${r1(x)} ${r1(i % 2 ? 700 + rng.range(-15, 15) : 770 + rng.range(-10, 20))}`);
  }
  const head =
    "M500 300 Q420 300 360 330 Q300 370 290 470 Q300 560 360 600 L420 660 Q460 720 500 725 Q540 720 580 660 L640 600 Q700 560 710 470 Q700 370 640 330 Q580 300 500 300Z";
  const ear = `M355 345 L${r1(300 + rng.range(-15, 10))} ${r1(150 + rng.range(-20, 20))} L455 305Z`;
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-fur", hue.body, 0.3)}</defs>`,
      shape(`M120 1000 Q150 760 190 700 L${ruff.join(" L")} L810 700 Q850 760 880 1000Z`, "url(#cr-fur)", hue.dark),
      mirrored(
        shape(ear, "url(#cr-fur)", hue.dark) + shape("M360 330 L320 200 L420 310Z", shade(hue.body, -0.4), "none", 0),
      ),
      shape(head, "url(#cr-fur)", hue.dark),
      // Pale cheeks and muzzle, the snout ridge, nose and snarling jaws.
      mirrored(shape("M300 480 Q330 560 420 600 L440 540 Q380 520 300 480Z", hue.light, "none", 0, 'opacity="0.8"')),
      shape(
        "M450 420 Q440 520 430 600 Q500 640 570 600 Q560 520 550 420 Q500 400 450 420Z",
        shade(hue.body, 0.12),
        hue.dark,
        4,
      ),
      shape("M465 585 Q500 565 535 585 Q530 615 500 622 Q470 615 465 585Z", "#141010", "#000", 3),
      shape("M430 640 Q500 720 570 640 Q500 660 430 640Z", "#3a0e0c", hue.dark, 4),
      teeth(440, 560, 644, 6, 18, "#f2ead4"),
      mirrored(line("M370 420 Q410 400 455 430", shade(hue.dark, -0.2), 10)),
      eyes(500, 450, 150, 15, hue.eye, "round", 24),
    ].join("")
  );
}

export function bearSvg(ctx: CreatureContext): string {
  const { hue } = ctx;
  const head =
    "M500 290 Q380 290 340 380 Q310 460 340 550 Q380 650 500 665 Q620 650 660 550 Q690 460 660 380 Q620 290 500 290Z";
  return (
    groundShadow(500, 935, 380) +
    [
      `<defs>${litFill("cr-fur", hue.body, 0.3)}</defs>`,
      shape("M60 1000 Q70 700 260 620 Q380 580 500 585 Q620 580 740 620 Q930 700 940 1000Z", "url(#cr-fur)", hue.dark),
      mirrored(
        `<circle cx="375" cy="320" r="62" fill="url(#cr-fur)" stroke="${hue.dark}" stroke-width="7"/><circle cx="378" cy="324" r="30" fill="${shade(hue.body, -0.35)}"/>`,
      ),
      shape(head, "url(#cr-fur)", hue.dark),
      shape("M410 500 Q405 610 500 640 Q595 610 590 500 Q500 470 410 500Z", hue.light, hue.dark, 4),
      shape("M455 500 Q500 482 545 500 Q540 540 500 548 Q460 540 455 500Z", "#120c0a", "#000", 3),
      line("M500 548 L500 580 M460 592 Q500 612 540 592", "#1a100c", 7),
      eyes(500, 435, 130, 11, hue.eye, "round", 10),
      // Claws resting at the bottom edge.
      mirrored(
        shape("M210 1000 Q220 900 320 890 Q380 900 390 1000Z", "url(#cr-fur)", hue.dark) +
          line("M240 905 L225 870 M280 893 L275 855 M320 890 L322 852 M358 898 L368 862", "#efe6cc", 9),
      ),
    ].join("")
  );
}

export function spiderSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const legs: string[] = [];
  const angles = [-62, -28, 8, 40];
  for (const [index, angle] of angles.entries()) {
    const a = ((angle + rng.range(-5, 5)) * Math.PI) / 180;
    const knee = { x: 500 - Math.cos(a) * 250, y: 430 + Math.sin(a) * 250 - 110 };
    const foot = { x: 500 - Math.cos(a) * 440, y: 430 + Math.sin(a) * 360 + index * 25 };
    legs.push(
      `M${r1(470)} ${r1(400 + index * 24)} Q${r1(knee.x)} ${r1(knee.y - 60)} ${r1(knee.x)} ${r1(knee.y)} L${r1(foot.x)} ${r1(foot.y)}`,
    );
  }
  const legPaths = legs.join(" ");
  return (
    groundShadow(500, 920, 360) +
    [
      `<defs>${litFill("cr-chitin", hue.body, 0.45)}</defs>`,
      mirrored(
        line(legPaths, hue.dark, 30) +
          line(legPaths, hue.body, 18) +
          line(legPaths, shade(hue.body, 0.3), 4, 'opacity="0.6"'),
      ),
      // Abdomen with its marking, then the head-body and a cluster of eyes over the fangs.
      `<ellipse cx="500" cy="660" rx="190" ry="230" fill="url(#cr-chitin)" stroke="${hue.dark}" stroke-width="8"/>`,
      shape(
        "M500 560 L555 640 L500 700 L445 640Z M500 720 L540 790 L500 840 L460 790Z",
        hue.accent,
        shade(hue.accent, -0.5),
        4,
      ),
      `<ellipse cx="500" cy="405" rx="125" ry="110" fill="url(#cr-chitin)" stroke="${hue.dark}" stroke-width="8"/>`,
      mirrored(
        `<circle cx="462" cy="345" r="20" fill="${hue.eye}" stroke="#120808" stroke-width="4"/><circle cx="430" cy="375" r="13" fill="${hue.eye}" stroke="#120808" stroke-width="3"/><circle cx="482" cy="385" r="11" fill="${hue.eye}"/><circle cx="455" cy="340" r="6" fill="#fff" opacity="0.8"/>`,
      ),
      mirrored(shape("M470 440 Q455 500 480 520 Q488 480 495 445Z", "#1a1010", "#000", 4)),
    ].join("")
  );
}

export function ratSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const curl = rng.range(-60, 40);
  return (
    groundShadow(520, 880, 330) +
    [
      `<defs>${litFill("cr-fur", hue.body, 0.3)}</defs>`,
      line(`M760 720 Q940 760 900 ${r1(560 + curl)} Q870 440 760 420`, "#b98a80", 22),
      shape(
        "M250 640 Q260 500 420 450 Q600 400 740 520 Q820 600 780 760 Q700 860 520 850 Q360 840 300 760 Q240 720 250 640Z",
        "url(#cr-fur)",
        hue.dark,
      ),
      // Head and snout facing left, ear, whiskers, red eye, incisors.
      shape("M330 520 Q230 500 150 600 Q120 640 160 660 Q250 690 330 670Z", "url(#cr-fur)", hue.dark),
      `<circle cx="330" cy="480" r="55" fill="#d9a0a0" stroke="${hue.dark}" stroke-width="7"/><circle cx="330" cy="482" r="30" fill="#b97878"/>`,
      `<circle cx="150" cy="628" r="14" fill="#e7a0a8" stroke="#2a1a1a" stroke-width="3"/>`,
      line("M160 640 L60 600 M162 648 L55 650 M160 655 L70 700", "#f0ece0", 3),
      eyes(265, 575, 0, 12, hue.eye, "round", 0),
      shape("M175 665 L185 700 L198 668Z", "#f2ead0", "#3a2a1a", 3),
      line("M420 840 L400 900 M640 845 L660 905 M360 800 L320 880", hue.dark, 20),
      line("M420 840 L400 900 M640 845 L660 905 M360 800 L320 880", "#d9a0a0", 10),
    ].join("")
  );
}
