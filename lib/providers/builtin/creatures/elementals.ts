import { mix, r1, shade } from "../palette";
import type { CreatureContext } from "./context";
import { eyes, glowFill, groundShadow, line, litFill, mirrored, shape } from "./paint";

/**
 * The four elementals, each a different silhouette: fire as rising tongues of flame around two
 * white-hot eyes, water as a cresting wave with a face in the foam, earth as a hulk of stacked
 * boulders with glowing cracks, air as a spinning funnel of cloud.
 */
export type Element = "fire" | "water" | "earth" | "air";

export function elementalSvg(ctx: CreatureContext, element: Element): string {
  return ELEMENTS[element](ctx);
}

function fire({ rng }: CreatureContext): string {
  const tongues: string[] = [];
  for (let i = 0; i < 9; i++) {
    const x = 230 + i * 67 + rng.range(-20, 20);
    const top = 120 + Math.abs(4 - i) * 70 + rng.range(-40, 40);
    tongues.push(
      `M${r1(x - 90)} 900 Q${r1(x - 80)} ${r1(top + 300)} ${r1(x + rng.range(-40, 40))} ${r1(top)} Q${r1(x + 90)} ${r1(top + 320)} ${r1(x + 90)} 900Z`,
    );
  }
  return [
    `<defs>${glowFill("cr-heat", "#ff8a1a")}<linearGradient id="cr-flame" x1="0" y1="1" x2="0" y2="0"><stop offset="0" stop-color="#fff3b0"/><stop offset="0.35" stop-color="#ffb02a"/><stop offset="0.75" stop-color="#e8401a"/><stop offset="1" stop-color="#8a1a0a"/></linearGradient></defs>`,
    `<circle cx="500" cy="560" r="470" fill="url(#cr-heat)"/>`,
    shape(tongues.join(" "), "url(#cr-flame)", "#6a1206", 5),
    mirrored(shape("M330 560 Q200 470 170 330 Q260 420 360 470Z", "url(#cr-flame)", "#6a1206", 5)),
    shape(
      "M500 330 Q400 360 390 480 Q400 600 500 640 Q600 600 610 480 Q600 360 500 330Z",
      "#ffcf4a",
      "#b8300e",
      5,
      'opacity="0.9"',
    ),
    eyes(500, 470, 110, 16, "#ffffff", "none", 12),
    shape("M450 560 Q500 600 550 560 Q500 575 450 560Z", "#8a1a0a", "none", 0),
  ].join("");
}

function water({ rng }: CreatureContext): string {
  const crest = rng.range(-30, 30);
  return (
    groundShadow(500, 930, 360) +
    [
      `<defs><linearGradient id="cr-water" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#bfefff"/><stop offset="0.4" stop-color="#3aa0d8"/><stop offset="1" stop-color="#0c3a6a"/></linearGradient></defs>`,
      shape(
        `M130 930 Q160 650 300 520 Q360 300 520 ${r1(200 + crest)} Q700 150 820 260 Q720 250 690 330 Q780 420 760 560 Q840 700 870 930Z`,
        "url(#cr-water)",
        "#0a2a4a",
      ),
      line(`M330 520 Q380 340 520 ${r1(220 + crest)} Q660 180 780 250`, "#f2fcff", 16, 'opacity="0.85"'),
      line("M200 760 Q300 720 380 760 Q460 800 540 760 M560 840 Q640 800 720 840", "#d8f6ff", 9, 'opacity="0.6"'),
      [0, 1, 2, 3, 4]
        .map(
          (i) =>
            `<circle cx="${r1(260 + i * 120 + rng.range(-30, 30))}" cy="${r1(640 + rng.range(-120, 120))}" r="${r1(rng.range(8, 18))}" fill="#e8fbff" opacity="0.7"/>`,
        )
        .join(""),
      eyes(520, 450, 120, 16, "#e6fbff", "none", 10),
      shape("M470 540 Q520 590 575 540 Q520 560 470 540Z", "#0c3a6a", "none", 0),
    ].join("")
  );
}

function earth(ctx: CreatureContext): string {
  const { rng } = ctx;
  const rock = "#7a6a58";
  const boulder = (cx: number, cy: number, r: number) => {
    const points: string[] = [];
    for (let i = 0; i < 7; i++) {
      const a = (i / 7) * Math.PI * 2 + rng.range(-0.2, 0.2);
      const rr = r * rng.range(0.8, 1.1);
      points.push(`${r1(cx + Math.cos(a) * rr)} ${r1(cy + Math.sin(a) * rr)}`);
    }
    return shape(`M${points.join(" L")}Z`, "url(#cr-rock)", "#2a221a", 7);
  };
  return (
    groundShadow(500, 935, 380) +
    [
      `<defs>${litFill("cr-rock", rock, 0.35)}</defs>`,
      boulder(230, 640, 150),
      boulder(770, 640, 150),
      boulder(170, 860, 110),
      boulder(830, 860, 110),
      boulder(500, 720, 240),
      boulder(500, 400, 170),
      line("M420 640 L470 720 L450 800 M560 600 L540 700 L590 770 M450 330 L480 380", "#ffae3a", 7, 'opacity="0.9"'),
      `<path d="M300 520 Q330 500 360 520 M640 510 Q670 490 700 515" stroke="#4e6a2e" stroke-width="14" fill="none"/>`,
      shape("M420 390 L470 370 L480 410 L430 420Z M580 390 L530 370 L520 410 L570 420Z", "#1a140e", "none", 0),
      eyes(500, 396, 100, 9, "#ffb84a", "none", 8),
    ].join("")
  );
}

function air({ rng }: CreatureContext): string {
  const rings = [0, 1, 2, 3, 4, 5].map((i) => {
    const y = 250 + i * 120;
    const w = 330 - i * 45 + rng.range(-15, 15);
    const x = 500 + Math.sin(i * 1.3) * 40;
    return line(
      `M${r1(x - w)} ${r1(y)} Q${r1(x)} ${r1(y + 70)} ${r1(x + w)} ${r1(y)} Q${r1(x + w * 0.4)} ${r1(y - 50)} ${r1(x - w * 0.2)} ${r1(y - 20)}`,
      mix("#dfe9f2", "#7a8ea6", i / 6),
      34 - i * 3,
      'opacity="0.85"',
    );
  });
  return (
    groundShadow(500, 930, 160) +
    [
      `<defs>${glowFill("cr-gust", "#bcd4ec")}</defs>`,
      `<circle cx="500" cy="450" r="430" fill="url(#cr-gust)"/>`,
      ...rings,
      shape("M380 330 Q380 200 500 190 Q640 195 630 330 Q600 390 500 395 Q400 390 380 330Z", "#eef4fa", "#8aa0b8", 5),
      eyes(505, 290, 100, 13, "#5a8ac8", "none", 10),
      line("M470 350 Q505 370 540 350", "#7a8ea6", 7),
      line("M160 400 Q100 460 150 520 M860 380 Q920 450 860 520", shade("#bcd4ec", -0.2), 10, 'opacity="0.7"'),
    ].join("")
  );
}

const ELEMENTS: Record<Element, (ctx: CreatureContext) => string> = { fire, water, earth, air };
