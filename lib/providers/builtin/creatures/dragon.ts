import { r1, shade } from "../palette";
import type { CreatureContext } from "./context";
import { eyes, groundShadow, line, litFill, mirrored, shape, teeth } from "./paint";

/**
 * A dragon rearing towards the viewer: bat wings spread behind, a scaled chest, a long neck and a
 * horned wedge of a head with slit-pupil eyes and an open, toothed jaw. Young dragons are drawn
 * with smaller horns and wings; the seed moves the wings, horns and spines a little.
 */
export function dragonSvg(ctx: CreatureContext): string {
  const { rng, hue } = ctx;
  const young = / (young|wyrmling|baby) /.test(ctx.words);
  const span = young ? 0.82 : 1;
  const lift = rng.range(-40, 30);
  const wingTip = (x: number, y: number) => `${r1(500 - (500 - x) * span)} ${r1(y * span + (1 - span) * 520 + lift)}`;
  const wing =
    `M440 520 L${wingTip(250, 250)} L${wingTip(60, 150)} Q${wingTip(120, 330)} ${wingTip(40, 470)} ` +
    `Q${wingTip(150, 470)} ${wingTip(150, 600)} Q${wingTip(240, 560)} ${wingTip(280, 690)} Q${wingTip(340, 620)} 420 700Z`;
  const bones = [
    [60, 150],
    [40, 470],
    [150, 600],
    [280, 690],
  ]
    .map(([x, y]) => `M${wingTip(250, 250)} L${wingTip(x, y)}`)
    .join(" ");
  const hornLength = young ? 0.6 : rng.range(0.9, 1.15);
  const tipX = r1(400 - 110 * hornLength);
  const tipY = r1(210 - 130 * hornLength);
  const horn = `M410 272 C385 235 ${r1(380 - 40 * hornLength)} 200 ${tipX} ${tipY} C${r1(400 - 20 * hornLength)} 180 430 200 468 232Z`;
  const head =
    "M500 205 Q430 205 405 250 Q385 300 402 345 L430 430 Q450 480 470 490 L530 490 Q550 480 570 430 L598 345 Q615 300 595 250 Q570 205 500 205Z";
  const frill = [0, 1, 2]
    .map((i) => `M${392 - i * 6} ${285 + i * 40} L${330 - i * 10} ${300 + i * 48} L${398 - i * 4} ${318 + i * 40}Z`)
    .join(" ");
  const scales = [0, 1, 2, 3, 4]
    .map((i) => `M${430 + i * 4} ${620 + i * 55} Q500 ${650 + i * 55} ${570 - i * 4} ${620 + i * 55}`)
    .join(" ");
  return [
    `<defs>${litFill("cr-dragon", hue.body)}${litFill("cr-wing", shade(hue.body, -0.25), 0.2)}</defs>`,
    groundShadow(500, 935, 300),
    mirrored(shape(wing, "url(#cr-wing)", hue.dark, 7) + line(bones, hue.dark, 9)),
    // Tail curling out from behind the body.
    line(`M560 870 Q800 900 ${r1(860 + rng.range(-30, 30))} 760 Q880 690 830 660`, hue.dark, 48) +
      line("M560 870 Q800 900 860 760 Q880 690 830 660", hue.body, 34),
    shape("M330 930 Q300 700 420 590 L580 590 Q700 700 670 930Z", "url(#cr-dragon)", hue.dark),
    line(scales, shade(hue.light, 0.1), 10, 'opacity="0.7"'),
    mirrored(
      shape("M340 930 Q330 860 370 840 L420 860 L410 930Z", hue.body, hue.dark) +
        line("M345 930 L335 950 M372 930 L368 952 M398 930 L398 952", "#f1e6c8", 8),
    ),
    shape("M440 600 Q425 470 445 400 L555 400 Q575 470 560 600Z", "url(#cr-dragon)", hue.dark),
    mirrored(shape(horn, "#efe3c2", "#3a2c1c", 6) + shape(frill, hue.dark, hue.dark, 3)),
    shape(head, "url(#cr-dragon)", hue.dark),
    // Brow ridges and spines down the snout.
    mirrored(line("M415 292 Q445 272 478 300", hue.dark, 12) + `<circle cx="470" cy="440" r="9" fill="${hue.dark}"/>`),
    line("M500 212 L500 260 M500 275 L500 300", shade(hue.dark, -0.2), 8),
    eyes(500, 318, 96, 17, hue.eye, "slit", 18),
    // The open lower jaw with a glow from the throat.
    shape("M452 478 Q500 560 548 478 Q500 500 452 478Z", "#3a0e0a", hue.dark, 5),
    teeth(458, 542, 484, 8, 16),
    `<ellipse cx="500" cy="505" rx="28" ry="12" fill="${hue.eye}" opacity="0.8"/>`,
  ].join("");
}
