/**
 * Generic scenes for prompts that are not portraits ("a majestic castle in a magical forest",
 * "a dragon over a lake"): the prompt's keywords pick the sky, the terrain layers, a landmark and
 * a creature, and the seed picks the palette variant and where things stand. Back to front:
 * sky, far ridges, landmark, mid terrain, water, creature, foreground framing, magic, mist.
 */
import { normalizeText } from "./lexicon";
import { mix, r1, shade } from "./palette";
import type { Rng } from "@/lib/rng";
import {
  SKIES,
  birdsSvg,
  castleSvg,
  cloudsSvg,
  dragonSvg,
  mistSvg,
  orbSvg,
  ridgeSvg,
  skySvg,
  starsSvg,
  treeLineSvg,
  waterSvg,
  wizardTowerSvg,
} from "./scenery";

export type SceneSpec = {
  time: keyof typeof SKIES;
  mountains: boolean;
  forest: boolean;
  water: boolean;
  desert: boolean;
  snow: boolean;
  landmark: "castle" | "tower" | "ruins" | "village" | null;
  creature: "dragon" | "birds" | null;
  magic: boolean;
};

const has = (t: string, words: string) => new RegExp(` (${words}) `).test(t);

export function sceneSpec(prompt: string, rng: Rng): SceneSpec {
  const t = normalizeText(prompt);
  const time: SceneSpec["time"] = has(t, "dawn|sunrise|morning")
    ? "dawn"
    : has(t, "sunset|evening|golden hour")
      ? "sunset"
      : has(t, "dusk|twilight")
        ? "dusk"
        : has(t, "night|midnight|moon|moonlit|starry|stars")
          ? "night"
          : has(t, "storm|stormy|thunder|rain|lightning")
            ? "storm"
            : has(t, "hell|inferno|volcano|lava|burning")
              ? "hell"
              : rng.pick(["day", "day", "sunset", "dawn", "dusk"] as const);
  const landmark: SceneSpec["landmark"] = has(t, "castle|fortress|palace|keep|citadel|stronghold")
    ? "castle"
    : has(t, "tower|spire|lighthouse")
      ? "tower"
      : has(t, "ruin|ruins|temple|shrine")
        ? "ruins"
        : has(t, "village|town|city|hamlet")
          ? "village"
          : null;
  const water = has(t, "lake|sea|ocean|river|coast|shore|bay|water|harbor|harbour|pond|waterfall");
  const forest = has(t, "forest|woods|woodland|trees|grove|jungle");
  return {
    time,
    mountains: has(t, "mountain|mountains|peak|peaks|cliff|cliffs|volcano|valley") || (!forest && rng.chance(0.6)),
    forest: forest || (!water && !has(t, "desert") && rng.chance(0.4)),
    water,
    desert: has(t, "desert|dunes|sand"),
    snow: has(t, "snow|snowy|winter|frozen|ice|icy|tundra"),
    landmark,
    creature: has(t, "dragon|dragons|wyvern|wyrm|drake")
      ? "dragon"
      : has(t, "bird|birds|eagle|griffin|gryphon|ravens|crows")
        ? "birds"
        : null,
    magic: has(t, "magic|magical|enchanted|mystical|arcane|fairy|faerie|glowing|ethereal|fey"),
  };
}

function landmarkSvg(
  spec: SceneSpec,
  rng: Rng,
  W: number,
  H: number,
  base: number,
  color: string,
  light: string,
): string {
  const x = W * rng.range(0.2, 0.6);
  const s = W / 900;
  switch (spec.landmark) {
    case "castle":
      return castleSvg(x, base, s * rng.range(1, 1.3), color, light);
    case "tower":
      return wizardTowerSvg(x, base, s * 1.4, color, light);
    case "ruins": {
      // Two standing columns carry a lintel; the rest are broken stumps.
      const columns = [0, 1, 2, 3].map((i) => {
        const h = i < 2 ? 160 : rng.range(50, 120);
        return `<rect x="${r1(x + i * 60 * s)}" y="${r1(base - h * s)}" width="${r1(24 * s)}" height="${r1(h * s + 40 * s)}" fill="${color}"/>`;
      });
      return (
        columns.join("") +
        `<rect x="${r1(x - 10 * s)}" y="${r1(base - 172 * s)}" width="${r1(104 * s)}" height="${r1(16 * s)}" fill="${color}"/>`
      );
    }
    case "village": {
      let out = "";
      for (let i = 0, hx = x - 100 * s; i < 6; i++, hx += rng.range(50, 80) * s) {
        const h = rng.range(40, 70) * s;
        out += `<rect x="${r1(hx)}" y="${r1(base - h)}" width="${r1(46 * s)}" height="${r1(h)}" fill="${color}"/><path d="M${r1(hx - 6 * s)} ${r1(base - h)} L${r1(hx + 23 * s)} ${r1(base - h - 30 * s)} L${r1(hx + 52 * s)} ${r1(base - h)}Z" fill="${color}"/><rect x="${r1(hx + 18 * s)}" y="${r1(base - h * 0.6)}" width="${r1(10 * s)}" height="${r1(10 * s)}" fill="${light}"/>`;
      }
      return out;
    }
    default:
      return "";
  }
}

function sparkles(rng: Rng, W: number, H: number, color: string): string {
  return Array.from({ length: 60 }, () => {
    const x = rng.range(0, W);
    const y = rng.range(H * 0.35, H);
    const r = rng.range(1.5, 4.5) * (W / 1000);
    return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r * 3)}" fill="${color}" opacity="0.18"/><circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${shade(color, 0.6)}"/>`;
  }).join("");
}

export function sceneSvg(spec: SceneSpec, rng: Rng, W: number, H: number): string {
  const sky = spec.snow ? { top: "#6a7a98", bottom: "#dfe6ee", glow: "#ffffff" } : SKIES[spec.time];
  const night = spec.time === "night" || spec.time === "dusk";
  const horizon = H * (spec.water ? 0.6 : 0.66);
  const haze = mix(sky.bottom, sky.top, 0.2);
  const land = spec.desert ? "#b07a40" : spec.snow ? "#c8d2de" : night ? "#141a30" : "#2f4a2e";
  const far = mix(haze, land, 0.35);
  const mid = mix(haze, land, 0.65);
  const near = shade(land, -0.45);
  const light = night ? "#f0c060" : "#f6e0a0";
  const magic = rng.pick(["#8fe0ff", "#c8a0ff", "#a0ffc8", "#ffd27a"]);
  const parts = [skySvg("sc-sky", sky, W, H, horizon)];
  if (night) parts.push(starsSvg(rng, W, horizon, 180));
  if (spec.magic && night) parts.push(mistSvg("sc-aurora", W, H * 0.08, H * 0.3, magic, 0.25));
  parts.push(
    orbSvg(
      "sc-orb",
      W * rng.range(0.12, 0.88),
      H * rng.range(0.12, 0.3),
      H * 0.05,
      night ? "#f2ecd0" : sky.glow,
      night,
    ),
  );
  if (!night)
    parts.push(cloudsSvg(rng, W, horizon * 0.6, spec.time === "storm" ? "#4a525c" : "#ffffff", rng.int(3, 6)));
  if (spec.mountains)
    parts.push(
      ridgeSvg(
        rng,
        W,
        H,
        horizon - H * 0.04,
        H * 0.3,
        far,
        true,
        spec.snow || !spec.desert ? mix(far, "#ffffff", 0.6) : undefined,
      ),
    );
  parts.push(ridgeSvg(rng, W, H, horizon, H * 0.07, mid, false));
  parts.push(landmarkSvg(spec, rng, W, H, horizon - H * 0.02, mix(mid, near, 0.5), light));
  if (spec.forest)
    parts.push(
      treeLineSvg(
        rng,
        W,
        H,
        horizon + H * 0.04,
        H * 0.14,
        mix(mid, near, 0.4),
        spec.snow ? "pine" : rng.pick(["pine", "round"] as const),
      ),
    );
  if (spec.desert) parts.push(ridgeSvg(rng, W, H, horizon + H * 0.12, H * 0.08, "#c8904e", false));
  if (spec.water) parts.push(waterSvg(rng, W, H, horizon + H * 0.06, mix(sky.top, "#14304a", 0.5), sky.glow));
  else parts.push(ridgeSvg(rng, W, H, horizon + H * 0.14, H * 0.08, mix(mid, near, 0.7), false));
  if (spec.creature === "dragon")
    parts.push(
      dragonSvg(
        W * rng.range(0.15, 0.5),
        H * rng.range(0.12, 0.28),
        (W / 1000) * rng.range(2, 2.8),
        shade(sky.top, -0.55),
        rng.chance(0.5),
      ),
    );
  if (spec.creature === "birds")
    parts.push(birdsSvg(rng, W * rng.range(0.3, 0.7), H * 0.25, W * 0.12, shade(sky.top, -0.5)));
  parts.push(mistSvg("sc-mist", W, horizon - H * 0.08, H * 0.2, sky.bottom, 0.35));
  if (spec.magic) parts.push(sparkles(rng, W, H, magic));
  // Dark framing trees at the edges pull the eye to the middle, as a painter would.
  if (!spec.desert && (spec.forest || rng.chance(0.6))) {
    const kind = spec.forest || spec.snow ? "pine" : rng.pick(["pine", "round"] as const);
    // Each clump stands on its own dark bank so trees never float on water.
    const bank = (x0: number, x1: number, top: number) =>
      `<path d="M${r1(x0)} ${H} Q${r1((x0 + x1) / 2)} ${r1(top)} ${r1(x1)} ${H}Z" fill="${near}"/>`;
    parts.push(bank(-W * 0.15, W * 0.3, H * 0.86), bank(W * 0.72, W * 1.15, H * 0.86));
    parts.push(
      `<g transform="translate(${r1(-W * 0.06)} ${r1(-H * 0.06)})">${treeLineSvg(rng, W * 0.2, H, H * 1.02, H * 0.42, near, kind)}</g>`,
    );
    parts.push(
      `<g transform="translate(${r1(W * 0.86)} ${r1(-H * 0.06)})">${treeLineSvg(rng, W * 0.2, H, H * 1.02, H * 0.38, near, kind)}</g>`,
    );
  }
  parts.push(
    `<defs><radialGradient id="sc-vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.65" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient></defs><rect width="${W}" height="${H}" fill="url(#sc-vignette)"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join("")}</svg>`;
}
