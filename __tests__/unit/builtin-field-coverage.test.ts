import sharp from "sharp";
import { renderBuiltinImage } from "@/lib/providers/builtin/engine";
import type { PortraitSubject } from "@/lib/providers/types";
import {
  AGE_CATEGORIES,
  BUILDS,
  CLASSES,
  EXPRESSIONS,
  GENDERS,
  PORTRAIT_STYLES,
  POSES,
  RACES,
} from "@/lib/schemas/character-vocabulary";

/**
 * Every enum value of a character and the common free-text features change the built-in portrait
 * visibly: each is rendered against the same baseline character (same seed) and must change a
 * real share of the pixels, not a few stray ones.
 */
const BASE: PortraitSubject = {
  race: "human",
  characterClass: "fighter",
  gender: "male",
  ageCategory: "adult",
  build: "average",
  facialExpression: "determined",
  pose: "standing-confident",
  style: "illustrated",
  backgroundSetting: "castle",
};

async function pixels(subject: PortraitSubject): Promise<Buffer> {
  const image = await renderBuiltinImage({ prompt: "portrait", subject, seed: 11, size: "256x256" });
  return sharp(image.png).removeAlpha().raw().toBuffer();
}

/** Share of pixels whose colour moved by more than a faint amount. */
function changed(a: Buffer, b: Buffer): number {
  let moved = 0;
  for (let i = 0; i < a.length; i += 3) {
    if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 36) moved++;
  }
  return moved / (a.length / 3);
}

let baseline: Buffer;
beforeAll(async () => {
  baseline = await pixels(BASE);
});

const cases: Array<[string, PortraitSubject]> = [
  ...RACES.filter((value) => value !== BASE.race).map((value): [string, PortraitSubject] => [
    `race ${value}`,
    { race: value },
  ]),
  ...CLASSES.filter((value) => value !== BASE.characterClass).map((value): [string, PortraitSubject] => [
    `class ${value}`,
    { characterClass: value },
  ]),
  ...GENDERS.filter((value) => value !== BASE.gender).map((value): [string, PortraitSubject] => [
    `gender ${value}`,
    { gender: value },
  ]),
  ...AGE_CATEGORIES.filter((value) => value !== BASE.ageCategory).map((value): [string, PortraitSubject] => [
    `age ${value}`,
    { ageCategory: value },
  ]),
  ...BUILDS.filter((value) => value !== BASE.build).map((value): [string, PortraitSubject] => [
    `build ${value}`,
    { build: value },
  ]),
  ...EXPRESSIONS.filter((value) => value !== BASE.facialExpression).map((value): [string, PortraitSubject] => [
    `expression ${value}`,
    { facialExpression: value },
  ]),
  ...POSES.filter((value) => value !== BASE.pose).map((value): [string, PortraitSubject] => [
    `pose ${value}`,
    { pose: value },
  ]),
  ...PORTRAIT_STYLES.filter((value) => value !== BASE.style).map((value): [string, PortraitSubject] => [
    `style ${value}`,
    { style: value },
  ]),
  ["background forest", { backgroundSetting: "forest" }],
  ["weapon greataxe", { primaryWeapon: "greataxe" }],
  ["attire red robes", { attire: "flowing red robes" }],
  ...[
    "long braided red hair",
    "a thick white beard",
    "glowing green eyes",
    "a scar across the eye",
    "tribal tattoos",
    "a mechanical prosthetic arm",
    "brass goggles",
    "a deep hood",
    "a golden crown",
    "a raven companion",
  ].map((feature): [string, PortraitSubject] => [`feature ${feature}`, { distinguishingFeature: feature }]),
];

describe("the built-in portrait honours every field", () => {
  it.each(cases)("%s changes the picture", async (_label, change) => {
    const share = changed(baseline, await pixels({ ...BASE, ...change }));
    expect(share).toBeGreaterThan(0.004);
  });
});
