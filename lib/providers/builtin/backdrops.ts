/**
 * Portrait backgrounds, one per setting. Outdoor ones are built from scenery.ts layers; indoor
 * ones live in interiors.ts. They stay low in contrast behind the head, since the figure is the
 * subject, and every choice of time of day or layout comes from the seeded Rng.
 */
import { interiorSvg, INTERIORS } from "./interiors";
import type { SettingKey } from "./lexicon";
import { mix, r1, shade } from "./palette";
import type { Rng } from "@/lib/rng";
import {
  SKIES,
  birdsSvg,
  castleSvg,
  cloudsSvg,
  mistSvg,
  orbSvg,
  raysSvg,
  ridgeSvg,
  skySvg,
  starsSvg,
  treeLineSvg,
  waterSvg,
  wizardTowerSvg,
  type Sky,
} from "./scenery";

type Outdoor = (rng: Rng, W: number, H: number, magic: string) => string;

/** Far layers fade into the sky: t=0 is the horizon haze, t=1 the nearest dark layer. */
const layer = (sky: Sky, near: string, t: number) => mix(mix(sky.bottom, sky.top, 0.25), near, t);

const forest: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["dawn", "day", "dusk"] as const)];
  const green = rng.pick(["#1f3a2a", "#23402c", "#2a3a22"]);
  return (
    skySvg("bd-sky", sky, W, H, H * 0.6) +
    orbSvg("bd-sun", W * rng.range(0.15, 0.85), H * 0.25, H * 0.05, sky.glow) +
    ridgeSvg(rng, W, H, H * 0.55, H * 0.12, layer(sky, green, 0.25), false) +
    treeLineSvg(rng, W, H, H * 0.6, H * 0.22, layer(sky, green, 0.45), "pine") +
    mistSvg("bd-mist", W, H * 0.45, H * 0.3, sky.bottom, 0.55) +
    treeLineSvg(rng, W, H, H * 0.74, H * 0.34, layer(sky, green, 0.75), rng.pick(["pine", "round"] as const)) +
    raysSvg(rng, W * rng.range(0.2, 0.8), -H * 0.05, H * 1.1, sky.glow) +
    treeLineSvg(rng, W, H, H * 0.92, H * 0.5, shade(green, -0.35), "pine")
  );
};

const mountain: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["day", "dawn", "sunset"] as const)];
  const rock = rng.pick(["#3a4250", "#4a4046", "#3f4a48"]);
  return (
    skySvg("bd-sky", sky, W, H, H * 0.7) +
    cloudsSvg(rng, W, H * 0.4, "#ffffff", 4) +
    ridgeSvg(rng, W, H, H * 0.55, H * 0.3, layer(sky, rock, 0.3), true, mix(sky.bottom, "#ffffff", 0.7)) +
    ridgeSvg(rng, W, H, H * 0.7, H * 0.28, layer(sky, rock, 0.6), true, mix(sky.bottom, "#ffffff", 0.5)) +
    mistSvg("bd-mist", W, H * 0.55, H * 0.25, "#ffffff", 0.35) +
    birdsSvg(rng, W * rng.range(0.2, 0.8), H * 0.2, W * 0.08, shade(rock, -0.3)) +
    ridgeSvg(rng, W, H, H * 0.88, H * 0.2, shade(rock, -0.4), true)
  );
};

const night: Outdoor = (rng, W, H) => {
  const sky = SKIES.night;
  return (
    skySvg("bd-sky", sky, W, H, H * 0.75) +
    starsSvg(rng, W, H * 0.7, 160) +
    orbSvg("bd-moon", W * rng.pick([0.18, 0.8]), H * 0.18, H * 0.06, "#f2ecd0", true) +
    ridgeSvg(rng, W, H, H * 0.68, H * 0.12, "#1c2446", false) +
    (rng.chance(0.5)
      ? castleSvg(W * rng.range(0.05, 0.7), H * 0.66, W / 1400, "#141a33", "#f0c060")
      : wizardTowerSvg(W * rng.range(0.1, 0.9), H * 0.68, W / 1300, "#141a33", "#f0c060")) +
    treeLineSvg(rng, W, H, H * 0.8, H * 0.2, "#0f1428", "pine")
  );
};

const meadow: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["day", "dawn", "sunset"] as const)];
  return (
    skySvg("bd-sky", sky, W, H, H * 0.65) +
    orbSvg("bd-sun", W * rng.range(0.1, 0.9), H * 0.2, H * 0.05, sky.glow) +
    cloudsSvg(rng, W, H * 0.45, "#ffffff", 5) +
    ridgeSvg(rng, W, H, H * 0.6, H * 0.1, layer(sky, "#4f7a3a", 0.45), false) +
    treeLineSvg(rng, W, H, H * 0.66, H * 0.12, layer(sky, "#3a5f2a", 0.7), "round") +
    ridgeSvg(rng, W, H, H * 0.78, H * 0.1, "#5a8a3a", false) +
    ridgeSvg(rng, W, H, H * 0.92, H * 0.08, "#46702e", false)
  );
};

const sea: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["sunset", "day", "dawn"] as const)];
  const horizon = H * 0.62;
  return (
    skySvg("bd-sky", sky, W, H, horizon) +
    cloudsSvg(rng, W, H * 0.45, sky.glow, 4) +
    orbSvg("bd-sun", W * rng.range(0.15, 0.85), horizon - H * 0.06, H * 0.06, sky.glow) +
    ridgeSvg(rng, W * 0.5, horizon, horizon, H * 0.06, layer(sky, "#2a3a4a", 0.5), true) +
    waterSvg(rng, W, H, horizon, mix(sky.top, "#1a3a5a", 0.5), sky.glow)
  );
};

const desert: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["day", "sunset"] as const)];
  return (
    skySvg("bd-sky", sky, W, H, H * 0.65) +
    orbSvg("bd-sun", W * rng.range(0.15, 0.85), H * 0.22, H * 0.07, "#fff0c0") +
    ridgeSvg(rng, W, H, H * 0.62, H * 0.08, "#d9a86a", false) +
    ridgeSvg(rng, W, H, H * 0.76, H * 0.1, "#c8904e", false) +
    ridgeSvg(rng, W, H, H * 0.9, H * 0.08, "#a86e38", false)
  );
};

const snow: Outdoor = (rng, W, H) => {
  const sky = { top: "#7a8aa8", bottom: "#dfe6ee", glow: "#ffffff" };
  const flakes = Array.from(
    { length: 90 },
    () =>
      `<circle cx="${r1(rng.range(0, W))}" cy="${r1(rng.range(0, H))}" r="${r1(rng.range(1, 4) * (W / 1000))}" fill="#ffffff" opacity="0.8"/>`,
  ).join("");
  return (
    skySvg("bd-sky", sky, W, H, H * 0.65) +
    ridgeSvg(rng, W, H, H * 0.6, H * 0.25, "#b8c4d4", true, "#ffffff") +
    treeLineSvg(rng, W, H, H * 0.72, H * 0.2, "#4a5a70", "pine") +
    ridgeSvg(rng, W, H, H * 0.86, H * 0.06, "#eef2f6", false) +
    treeLineSvg(rng, W, H, H * 0.95, H * 0.3, "#2a3446", "pine") +
    flakes
  );
};

const swamp: Outdoor = (rng, W, H) => {
  const sky = { top: "#2a3a34", bottom: "#8a9a78", glow: "#d8e0a0" };
  return (
    skySvg("bd-sky", sky, W, H, H * 0.65) +
    orbSvg("bd-moon", W * rng.range(0.2, 0.8), H * 0.2, H * 0.05, "#e8ecc0") +
    treeLineSvg(rng, W, H, H * 0.62, H * 0.3, "#4a5a48", "dead") +
    waterSvg(rng, W, H, H * 0.66, "#2f3d30", "#a8b890") +
    mistSvg("bd-mist", W, H * 0.5, H * 0.35, "#c8d0b0", 0.5) +
    treeLineSvg(rng, W, H, H * 0.96, H * 0.6, "#1a221a", "dead")
  );
};

const volcano: Outdoor = (rng, W, H) => {
  const sky = SKIES.hell;
  const embers = Array.from(
    { length: 70 },
    () =>
      `<circle cx="${r1(rng.range(0, W))}" cy="${r1(rng.range(0, H))}" r="${r1(rng.range(1, 4) * (W / 1000))}" fill="#ffb060" opacity="${r1(rng.range(0.4, 0.9))}"/>`,
  ).join("");
  return (
    skySvg("bd-sky", sky, W, H, H * 0.7) +
    cloudsSvg(rng, W, H * 0.4, "#3a1a1a", 6) +
    ridgeSvg(rng, W, H, H * 0.66, H * 0.34, "#3a1a16", true, "#ff7a2a") +
    ridgeSvg(rng, W, H, H * 0.88, H * 0.16, "#1a0c0a", true) +
    embers
  );
};

const city: Outdoor = (rng, W, H) => {
  const sky = SKIES[rng.pick(["dusk", "night", "sunset"] as const)];
  const roofs: string[] = [];
  for (const [base, color, scale] of [
    [0.62, layer(sky, "#1a1a2a", 0.45), 0.7],
    [0.8, "#161624", 1],
  ] as const) {
    let x = -20;
    while (x < W) {
      const w = W * rng.range(0.08, 0.14) * scale;
      const h = H * rng.range(0.1, 0.22) * scale;
      const y = H * base - h;
      roofs.push(
        `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(H - y)}" fill="${color}"/><path d="M${r1(x - 6)} ${r1(y)} L${r1(x + w / 2)} ${r1(y - h * 0.4)} L${r1(x + w + 6)} ${r1(y)}Z" fill="${color}"/>`,
      );
      if (rng.chance(0.7))
        roofs.push(
          `<rect x="${r1(x + w * 0.35)}" y="${r1(y + h * 0.3)}" width="${r1(w * 0.2)}" height="${r1(h * 0.18)}" fill="#f0b050" opacity="${r1(0.6 + scale * 0.3)}"/>`,
        );
      x += w + rng.range(0, W * 0.02);
    }
  }
  return (
    skySvg("bd-sky", sky, W, H, H * 0.7) +
    starsSvg(rng, W, H * 0.4, 50) +
    wizardTowerSvg(W * rng.range(0.1, 0.9), H * 0.6, W / 1100, layer(sky, "#1a1a2a", 0.3), "#f0c060") +
    roofs.join("")
  );
};

const arcane: Outdoor = (rng, W, H, magic) => {
  const rings = [0.3, 0.42, 0.55]
    .map(
      (t, i) =>
        `<circle cx="${r1(W / 2)}" cy="${r1(H * 0.4)}" r="${r1(Math.min(W, H) * t)}" fill="none" stroke="${shade(magic, 0.3)}" stroke-width="${r1((3 - i) * (W / 1000))}" stroke-dasharray="${r1(W * 0.02)} ${r1(W * 0.012)}" opacity="${r1(0.5 - i * 0.12)}"/>`,
    )
    .join("");
  return (
    `<defs><radialGradient id="bd-arc" cx="0.5" cy="0.4" r="0.75"><stop offset="0" stop-color="${shade(magic, -0.2)}"/><stop offset="0.55" stop-color="${mix(magic, "#120a24", 0.75)}"/><stop offset="1" stop-color="#07050d"/></radialGradient></defs>` +
    `<rect width="${W}" height="${H}" fill="url(#bd-arc)"/>` +
    starsSvg(rng, W, H, 120) +
    rings
  );
};

const OUTDOORS: Partial<Record<SettingKey, Outdoor>> = {
  forest,
  mountain,
  night,
  meadow,
  sea,
  desert,
  snow,
  swamp,
  volcano,
  city,
  arcane,
};

export function backdropSvg(
  setting: SettingKey,
  rng: Rng,
  W: number,
  H: number,
  magic: string,
  accent: string,
): string {
  if (setting in INTERIORS) return interiorSvg(setting, rng, W, H, accent);
  return (OUTDOORS[setting] ?? meadow)(rng, W, H, magic);
}
