/**
 * The built-in engine's creatures: which one a request names (catalog.ts) and its figure, drawn
 * in a 1000-unit square. Each family has its own silhouette so a token reads at a glance.
 */
import type { Rng } from "@/lib/rng";
import { normalizeText } from "../lexicon";
import { creatureHue, type CreatureKey } from "./catalog";
import type { CreatureContext } from "./context";
import { bearSvg, ratSvg, spiderSvg, wolfSvg } from "./beasts";
import { dragonSvg } from "./dragon";
import { elementalSvg, type Element } from "./elementals";
import { bugbearSvg, giantSvg, goblinSvg, hobgoblinSvg, orcSvg } from "./humanoids";
import { aberrationSvg, fiendSvg, oozeSvg } from "./otherworldly";
import { ghostSvg, skeletonSvg, zombieSvg } from "./undead";

export { findCreature, creatureSetting, type CreatureKey } from "./catalog";

const ELEMENT_WORDS: Array<[Element, RegExp]> = [
  ["fire", / (fire|flame|flames|magma|lava|salamander|efreeti|burning) /],
  ["water", / (water|wave|sea|ocean|tide|ice|frost) /],
  ["earth", / (earth|stone|rock|mud|mountain|sand|clay) /],
  ["air", / (air|wind|storm|cloud|djinni|whirlwind|gust) /],
];

export function elementOf(words: string, rng: Rng): Element {
  return (
    ELEMENT_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ??
    rng.pick(["fire", "water", "earth", "air"] as const)
  );
}

const DRAW: Record<CreatureKey, (ctx: CreatureContext) => string> = {
  dragon: dragonSvg,
  goblin: goblinSvg,
  hobgoblin: hobgoblinSvg,
  bugbear: bugbearSvg,
  orc: orcSvg,
  skeleton: skeletonSvg,
  zombie: zombieSvg,
  ghost: ghostSvg,
  wolf: wolfSvg,
  bear: bearSvg,
  spider: spiderSvg,
  rat: ratSvg,
  giant: giantSvg,
  elemental: (ctx) => elementalSvg(ctx, elementOf(ctx.words, ctx.rng.fork("element"))),
  ooze: oozeSvg,
  fiend: fiendSvg,
  aberration: aberrationSvg,
};

/** The creature's figure (1000-unit square, transparent around it) for a request's text. */
export function creatureFigure(key: CreatureKey, text: string, rng: Rng): string {
  const ctx: CreatureContext = {
    rng: rng.fork("shape"),
    hue: creatureHue(key, text, rng.fork("hue")),
    words: normalizeText(text),
  };
  return DRAW[key](ctx);
}
