/**
 * Which Lorelei (DiceBear) face parts suit an expression, a gender presentation and an age.
 * The lists leave out the comic parts (tongues, drool, winks) that would undercut a hero
 * portrait; the variant names are Lorelei's own.
 */
import type { RaceLook } from "./archetypes";
import { normalizeText } from "./lexicon";
import type { Rng } from "@/lib/rng";

type Face = { mouth: string[]; eyes: string[]; eyebrows: string[] };

const v = (...numbers: number[]) => numbers.map((n) => `variant${String(n).padStart(2, "0")}`);
const CALM_EYES = v(2, 4, 5, 6, 7, 10, 11, 12, 14, 20, 21, 23, 24);

const EXPRESSIONS: Record<string, Face> = {
  confident: { mouth: ["happy01", "happy02", "happy03", "happy13"], eyes: v(4, 6, 12, 20, 23), eyebrows: v(1, 5, 11) },
  serene: { mouth: ["happy04", "happy01", "happy14"], eyes: v(19, 8, 11), eyebrows: v(1, 7, 9) },
  determined: { mouth: ["happy14", "sad09", "happy13", "happy03"], eyes: v(4, 6, 12, 20), eyebrows: v(1, 5, 11) },
  friendly: { mouth: ["happy01", "happy05", "happy06", "happy02"], eyes: v(2, 10, 21, 24), eyebrows: v(2, 9, 10) },
  stern: { mouth: ["sad05", "sad09", "sad03"], eyes: v(8, 12, 17), eyebrows: v(3, 11, 13) },
  mysterious: { mouth: ["happy13", "happy14", "sad09", "happy03"], eyes: v(3, 8, 19), eyebrows: v(1, 7, 11) },
  joyful: { mouth: ["happy05", "happy06", "happy01"], eyes: v(2, 21, 24), eyebrows: v(2, 9, 10) },
  brooding: { mouth: ["sad03", "sad04", "sad09"], eyes: v(3, 8, 17), eyebrows: v(4, 6, 12) },
  wise: { mouth: ["happy04", "happy14", "happy01"], eyes: v(8, 11, 19), eyebrows: v(1, 7, 9) },
  fierce: { mouth: ["sad06", "sad07", "happy16", "sad05"], eyes: v(8, 12, 17), eyebrows: v(3, 11, 13) },
};

const SYNONYMS: Array<[RegExp, string]> = [
  [/ (smiling|smile|happy|cheerful|laughing|grinning) /, "joyful"],
  [/ (kind|warm|gentle|welcoming) /, "friendly"],
  [/ (calm|peaceful|tranquil) /, "serene"],
  [/ (grim|serious|severe|cold) /, "stern"],
  [/ (angry|furious|savage|feral|menacing|snarling) /, "fierce"],
  [/ (sad|melancholy|sorrowful|pensive|dark) /, "brooding"],
  [/ (enigmatic|cryptic|sly|secretive|smirking) /, "mysterious"],
  [/ (proud|bold|heroic|noble|regal) /, "confident"],
  [/ (focused|resolute|steely) /, "determined"],
];

const SHORT_HAIR = v(1, 2, 3, 4, 6, 7, 8, 9, 12, 20, 22, 36, 38, 39, 43, 44, 47);
const LONG_HAIR = v(
  10,
  11,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  21,
  23,
  24,
  26,
  29,
  30,
  31,
  32,
  33,
  35,
  37,
  40,
  41,
  42,
  45,
  46,
  48,
);
const RECEDING = v(25, 28, 34, 44, 1, 3);
const CREST = v(27);

export type FaceOptions = Face & {
  hair: string[];
  beardProbability: number;
  frecklesProbability: number;
  earringsProbability: number;
};

export function faceFor(input: {
  expression: string;
  gender: "male" | "female" | "neutral";
  age: string;
  raceLook: RaceLook;
  text: string;
  rng: Rng;
}): FaceOptions {
  const t = normalizeText(input.expression);
  const named = Object.keys(EXPRESSIONS).find((key) => t.includes(` ${key} `));
  const key = named ?? SYNONYMS.find(([pattern]) => pattern.test(t))?.[1] ?? "determined";
  const face = EXPRESSIONS[key];
  const text = normalizeText(input.text);
  const forcedBeard = / (beard|bearded) /.test(text) && !/ (beardless|no beard|clean shaven) /.test(text);
  const genderFactor = input.gender === "male" ? 1 : input.gender === "neutral" ? 0.15 : 0;
  const youth = input.age === "young" ? 0.4 : input.age === "elderly" ? 1.3 : 1;
  let hair =
    input.gender === "male" ? SHORT_HAIR : input.gender === "female" ? LONG_HAIR : [...SHORT_HAIR, ...LONG_HAIR];
  if (input.age === "elderly" && input.gender === "male" && input.rng.chance(0.5)) hair = RECEDING;
  if (input.raceLook.crest) hair = CREST;
  return {
    ...face,
    eyes: face.eyes.length > 0 ? face.eyes : CALM_EYES,
    hair,
    beardProbability: forcedBeard ? 100 : Math.round(Math.min(1, input.raceLook.beard * genderFactor * youth) * 100),
    frecklesProbability: / freckles | freckled /.test(text) ? 100 : Math.round((input.raceLook.freckles ?? 0) * 100),
    earringsProbability: input.gender === "male" ? 10 : 35,
  };
}
