import { mix, r1, shade } from "../palette";
import { has, type CreatureContext } from "./context";
import { eyes, groundShadow, line, litFill, mirrored, shape, teeth } from "./paint";
import { weaponSvg } from "./weapons";

/**
 * The monstrous humanoids, head and shoulders like a portrait but each with its own head shape:
 * goblins (small head, huge sideways ears, hooked nose), hobgoblins (helmeted, armoured),
 * bugbears (shaggy bear-like head and a morningstar), orcs (heavy brow, lower tusks, topknot) and
 * giants (a bearded head over a landscape at their feet, carrying a club).
 */

function shoulders(fill: string, outline: string, width = 1): string {
  const w = 330 * width;
  return shape(
    `M${r1(500 - w)} 1000 Q${r1(500 - w)} 770 ${r1(500 - w * 0.45)} 720 L${r1(500 + w * 0.45)} 720 Q${r1(500 + w)} 770 ${r1(500 + w)} 1000Z`,
    fill,
    outline,
  );
}

function hood(color: string, outline: string): string {
  return (
    shape(
      "M500 230 Q330 240 300 470 Q290 620 250 760 L750 760 Q710 620 700 470 Q670 240 500 230Z",
      `url(#cr-hood)`,
      outline,
    ) + `<defs>${litFill("cr-hood", color, 0.2)}</defs>`
  );
}

export function goblinSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const hooded = has(ctx, "hood|hooded|cloak|cloaked");
  const earLift = rng.range(-30, 20);
  const ear = `M385 455 Q250 ${r1(360 + earLift)} ${r1(110 + rng.range(-20, 20))} ${r1(330 + earLift)} Q230 470 390 520Z`;
  const head =
    "M500 330 Q395 330 375 430 Q365 520 410 585 Q455 640 500 640 Q545 640 590 585 Q635 520 625 430 Q605 330 500 330Z";
  const parts = [
    `<defs>${litFill("cr-skin", hue.body)}</defs>`,
    hooded ? hood(shade(hue.accent, -0.2), "#120d0a") : "",
    weaponSvg(ctx, "left"),
    shoulders(mix(hue.accent, "#5a4630", 0.5), "#1a120c", 0.8),
    line("M330 800 L420 740 M670 800 L580 740", "#2a1c12", 10),
    mirrored(shape(ear, "url(#cr-skin)", hue.dark) + line("M370 470 Q270 400 180 360", hue.dark, 5, 'opacity="0.6"')),
    shape(head, "url(#cr-skin)", hue.dark),
    mirrored(line("M405 420 Q440 400 478 432", hue.dark, 11)),
    eyes(500, 455, 100, 19, hue.eye, "round", 20),
    // A long hooked nose and a wide grin of crooked teeth.
    shape("M490 455 Q470 520 488 548 Q505 565 520 545 Q512 500 510 455Z", shade(hue.body, -0.1), hue.dark, 5),
    shape("M425 575 Q500 625 575 575 Q500 598 425 575Z", "#3a1410", hue.dark, 5),
    teeth(440, 560, 585, 7, 14, "#eadfb8"),
  ];
  if (hooded)
    parts.push(
      shape(
        "M500 245 Q360 255 340 420 Q420 330 500 330 Q580 330 660 420 Q640 255 500 245Z",
        `url(#cr-hood)`,
        "#120d0a",
      ),
    );
  return groundShadow() + parts.join("");
}

export function hobgoblinSvg(ctx: CreatureContext): string {
  const { hue } = ctx;
  const head =
    "M500 300 Q400 300 385 410 Q375 520 420 590 Q460 650 500 650 Q540 650 580 590 Q625 520 615 410 Q600 300 500 300Z";
  const helm = "M375 420 Q380 250 500 240 Q620 250 625 420 L600 420 Q590 320 500 315 Q410 320 400 420Z";
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-skin", hue.body)}${litFill("cr-steel", "#8d96a0", 0.5)}</defs>`,
      weaponSvg(ctx, "right"),
      shoulders("url(#cr-steel)", "#1c2026", 1),
      mirrored(
        shape("M170 860 Q180 730 320 700 L380 790 Q280 800 260 880Z", "url(#cr-steel)", "#1c2026") +
          line("M200 820 L330 740", "#5c1a14", 8),
      ),
      mirrored(shape("M385 440 Q300 400 285 360 Q320 440 390 500Z", "url(#cr-skin)", hue.dark)),
      shape(head, "url(#cr-skin)", hue.dark),
      shape(helm, "url(#cr-steel)", "#1c2026", 6),
      shape("M485 240 L500 150 L515 240Z", "#a82a1e", "#3a0c08", 4),
      mirrored(line("M410 430 Q450 410 482 440", hue.dark, 12)),
      eyes(500, 465, 96, 16, hue.eye, "round", 22),
      shape("M488 470 L478 540 Q500 552 522 540 L512 470Z", shade(hue.body, -0.12), hue.dark, 4),
      line("M440 590 Q500 575 560 590", "#2a0c08", 8),
      teeth(470, 530, 588, 4, 12, "#eadfb8", true),
    ].join("")
  );
}

export function bugbearSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const fur = (cx: number, cy: number, r: number, count: number) => {
    const tufts: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = (i / count) * Math.PI * 2;
      const rr = r * rng.range(0.92, 1.12);
      const x = cx + Math.cos(a) * rr;
      const y = cy + Math.sin(a) * rr;
      const x2 = cx + Math.cos(a + 0.12) * r * 0.85;
      const y2 = cy + Math.sin(a + 0.12) * r * 0.85;
      tufts.push(`${i === 0 ? "M" : "L"}${r1(x)} ${r1(y)} L${r1(x2)} ${r1(y2)}`);
    }
    return tufts.join(" ") + "Z";
  };
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-fur", hue.body, 0.3)}</defs>`,
      weaponSvg(ctx, "right"),
      shape(fur(500, 930, 330, 40), "url(#cr-fur)", hue.dark, 6),
      // A hide harness over the shaggy chest.
      line("M260 700 L740 1000 M740 700 L260 1000", "#3a2a18", 26),
      // Long pointed goblinoid ears (a bear's are round), tufted at the tips.
      mirrored(
        shape("M350 430 Q230 330 170 180 Q300 260 410 360Z", "url(#cr-fur)", hue.dark, 7) +
          shape("M170 180 L150 150 L200 200Z", hue.dark, hue.dark, 3),
      ),
      shape(fur(500, 470, 200, 34), "url(#cr-fur)", hue.dark, 6),
      // A lighter muzzle with a broad black nose and a snarl.
      shape("M410 500 Q420 620 500 640 Q580 620 590 500 Q500 470 410 500Z", shade(hue.body, 0.3), hue.dark, 5),
      shape("M460 505 Q500 490 540 505 Q530 545 500 550 Q470 545 460 505Z", "#1a120e", "#000", 3),
      shape("M440 585 Q500 625 560 585 Q500 600 440 585Z", "#3a1410", hue.dark, 4),
      teeth(448, 552, 590, 6, 15, "#eadfb8"),
      mirrored(line("M385 400 Q430 385 470 412", "#2a1a10", 14)),
      eyes(500, 432, 120, 15, hue.eye, "round", 20),
    ].join("")
  );
}

export function orcSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const head =
    "M500 280 Q390 285 370 400 Q360 470 375 540 Q395 640 500 665 Q605 640 625 540 Q640 470 630 400 Q610 285 500 280Z";
  const tusk = `M440 600 Q425 ${r1(540 - rng.range(0, 25))} 445 ${r1(515 - rng.range(0, 20))} Q452 560 462 598Z`;
  return (
    groundShadow() +
    [
      `<defs>${litFill("cr-skin", hue.body)}${litFill("cr-leather", "#5b3a22", 0.3)}</defs>`,
      weaponSvg(ctx, "left"),
      shoulders("url(#cr-leather)", "#1a0e08", 1.08),
      // Fur-trimmed pauldrons with iron studs.
      mirrored(
        shape("M150 880 Q160 740 330 700 Q350 770 300 840 Q230 850 200 900Z", "#6b6f74", "#1c1c20") +
          `<ellipse cx="300" cy="725" rx="95" ry="36" fill="#8a7660" stroke="#2a2016" stroke-width="5"/><circle cx="250" cy="790" r="10" fill="#c9c2b0"/><circle cx="210" cy="840" r="10" fill="#c9c2b0"/>`,
      ),
      mirrored(shape("M375 430 Q320 400 300 385 Q320 460 380 500Z", "url(#cr-skin)", hue.dark)),
      shape(head, "url(#cr-skin)", hue.dark),
      // Topknot and a heavy brow.
      shape("M470 290 Q460 200 500 150 Q540 200 530 290Z", "#1a1412", "#000", 4),
      line("M470 210 L530 210", "#b08a4a", 12),
      shape(
        "M385 420 Q440 385 500 410 Q560 385 615 420 Q600 450 560 445 Q500 430 440 445 Q400 450 385 420Z",
        shade(hue.body, -0.25),
        hue.dark,
        5,
      ),
      eyes(500, 468, 110, 14, hue.eye, "round", 12),
      shape("M480 480 Q468 530 470 545 Q500 560 530 545 Q532 530 520 480Z", shade(hue.body, -0.1), hue.dark, 4),
      line("M430 605 Q500 585 570 605", "#200a06", 9),
      mirrored(shape(tusk, "#f0e6c8", "#3a2c1c", 4)),
      mirrored(line("M400 560 L430 500", "#5a1e14", 5, 'opacity="0.7"')),
    ].join("")
  );
}

export function giantSvg(ctx: CreatureContext): string {
  const { hue, rng } = ctx;
  const frost = has(ctx, "frost|ice|winter|snow");
  const fire = has(ctx, "fire|flame|volcano|forge");
  const hair = frost ? "#dfe9f2" : fire ? "#ff7a1a" : rng.pick(["#5a3a1e", "#2c1e14", "#8a6a3a", "#9a9a9a"]);
  const beard =
    "M395 560 Q380 700 430 790 Q470 850 500 860 Q530 850 570 790 Q620 700 605 560 Q560 620 500 625 Q440 620 395 560Z";
  const head =
    "M500 250 Q400 255 385 370 Q375 470 395 560 Q440 640 500 640 Q560 640 605 560 Q625 470 615 370 Q600 255 500 250Z";
  // Tiny hills and trees at its feet say "giant" even in a head-and-shoulders crop.
  const trees = [0, 1, 2, 3, 4, 5]
    .map((i) => {
      const x = 90 + i * 160 + rng.range(-30, 30);
      return `<path d="M${r1(x)} 990 L${r1(x + 22)} 935 L${r1(x + 44)} 990Z" fill="#1e3a24"/>`;
    })
    .join("");
  return [
    `<defs>${litFill("cr-skin", hue.body)}${litFill("cr-tunic", hue.accent, 0.25)}</defs>`,
    // A tree-trunk club over one shoulder.
    shape("M700 980 L860 210 Q890 180 915 215 L790 990Z", "#6a4a2a", "#2a1a0c", 7),
    line("M835 360 L875 350 M815 470 L855 462", "#2a1a0c", 6),
    shape("M110 1000 Q120 760 360 700 L640 700 Q880 760 890 1000Z", "url(#cr-tunic)", shade(hue.accent, -0.6)),
    line("M200 780 Q500 860 800 780", shade(hue.accent, -0.5), 14),
    shape(head, "url(#cr-skin)", hue.dark),
    shape("M380 380 Q390 240 500 235 Q610 240 620 380 Q600 300 500 295 Q400 300 380 380Z", hair, shade(hair, -0.5), 5),
    shape(beard, hair, shade(hair, -0.5), 5),
    line("M440 660 Q460 740 455 800 M500 665 L500 820 M560 660 Q540 740 545 800", shade(hair, -0.3), 6),
    mirrored(line("M405 410 Q440 392 478 415", shade(hair, -0.4), 14)),
    eyes(500, 445, 104, 13, frost ? "#9fdcff" : "#f2e6b0", "round", 8),
    shape("M485 450 Q470 520 478 540 Q500 552 522 540 Q530 520 515 450Z", shade(hue.body, -0.1), hue.dark, 4),
    line("M455 585 Q500 600 545 585", "#3a1a10", 8),
    `<rect x="0" y="930" width="1000" height="70" fill="#2f4a2a" opacity="0.85"/>` + trees,
  ].join("");
}
