/**
 * Turns a PortraitSubject (structured fields, free text allowed in every one) into concrete
 * drawing decisions. Every unknown or missing field falls back to a seeded choice that fits the
 * race and class, so a bare "elf wizard" still comes out as a complete, coherent picture.
 */
import type { PortraitSubject } from "../types";
import { CLASS_LOOKS, RACE_LOOKS, type ClassLook, type OutfitKind, type RaceLook } from "./archetypes";
import { CLASSES, RACES, SETTINGS, STYLES, WEAPONS, findColors, findKey, normalizeText } from "./lexicon";
import type { ClassKey, RaceKey, SettingKey, StyleKey, WeaponKey } from "./lexicon";
import { jitter, mix, shade } from "./palette";
import type { Rng } from "@/lib/rng";
import { faceFor } from "./expressions";

export type Gender = "male" | "female" | "neutral";
export type Age = "young" | "adult" | "middle" | "elderly";
export type Pose = "standing" | "crossed" | "ready" | "casting" | "seated" | "shoulder";

export type Look = {
  name?: string;
  race: RaceKey;
  raceLook: RaceLook;
  characterClass: ClassKey;
  classLook: ClassLook;
  gender: Gender;
  age: Age;
  /** Shoulder width factor around 1. */
  breadth: number;
  skin: string;
  hair: string;
  eyes: string;
  outfit: { kind: OutfitKind; base: string; trim: string; metal: string };
  weapon: WeaponKey;
  setting: SettingKey;
  style: StyleKey;
  pose: Pose;
  magic: string;
  hood: boolean;
  face: ReturnType<typeof faceFor>;
  marks: {
    scar: boolean;
    tattoo: string | null;
    glowEyes: boolean;
    headwear: "crown" | "circlet" | "thorns" | null;
    eyepatch: boolean;
    halo: boolean;
    goggles: boolean;
    prosthetic: boolean;
    companion: "raven" | "owl" | "cat" | null;
  };
};

const ELDER_HAIR = ["#d8d6d0", "#b9b7b2", "#eeeeea"];

function genderOf(text: string, rng: Rng): Gender {
  const t = normalizeText(text);
  if (/ (female|woman|girl|she|her|lady|queen|priestess|sorceress|enchantress) /.test(t)) return "female";
  if (/ (male|man|boy|he|his|lord|king|gentleman) /.test(t)) return "male";
  if (/ (non binary|nonbinary|enby|androgynous) /.test(t)) return "neutral";
  return rng.pick(["male", "female", "neutral"] as const);
}

function ageOf(text: string | undefined): Age {
  const t = normalizeText(text);
  if (/ (elderly|old|ancient|aged|venerable|grey haired|gray haired) /.test(t)) return "elderly";
  if (/ (middle aged|middle|mature|veteran|seasoned) /.test(t)) return "middle";
  if (/ (young|youth|youthful|teen|teenage|child|kid) /.test(t)) return "young";
  return "adult";
}

function breadthOf(build: string | undefined): number {
  const t = normalizeText(build);
  if (/ (slender|slim|thin|lithe|wiry|petite|gaunt) /.test(t)) return 0.9;
  if (/ (muscular|burly|brawny|hulking|strong|broad) /.test(t)) return 1.1;
  if (/ (athletic|fit|toned|lean muscled) /.test(t)) return 1.05;
  if (/ (stocky|heavyset|portly|stout|large|heavy) /.test(t)) return 1.12;
  return 1;
}

function poseOf(text: string | undefined): Pose {
  const t = normalizeText(text);
  if (/ (arms crossed|crossed arms|folded) /.test(t)) return "crossed";
  if (/ (weapon ready|ready|battle|fighting|attack|combat|drawn) /.test(t)) return "ready";
  if (/ (casting|spell|magic|conjuring|channeling|channelling) /.test(t)) return "casting";
  if (/ (seated|sitting|thoughtful|pondering) /.test(t)) return "seated";
  if (/ (over shoulder|shoulder|glancing) /.test(t)) return "shoulder";
  return "standing";
}

function outfitOf(attire: string | undefined, classLook: ClassLook, rng: Rng): Look["outfit"] {
  const t = normalizeText(attire);
  const kinds: Array<[RegExp, OutfitKind]> = [
    [/ (plate|armor|armour|mail|chainmail|breastplate|cuirass) /, "plate"],
    [/ (fur|furs|pelt|hide) /, "fur"],
    [/ (leather|jerkin|studded) /, "leather"],
    [/ (robe|robes|gown|dress) /, "robe"],
    [/ (vestment|vestments|cassock|habit) /, "vestment"],
    [/ (cloak|traveler|traveller|mantle|cape|poncho) /, "cloak"],
    [/ (doublet|coat|tunic|jacket|finery|noble) /, "doublet"],
    [/ (apron|overalls|work) /, "apron"],
  ];
  const kind = kinds.find(([pattern]) => pattern.test(t))?.[1] ?? classLook.outfit;
  const colors = findColors(attire);
  const trimWord =
    / (trim|trimmed|embroidered|accents|edging) /.test(t) && colors.length > 1 ? colors[colors.length - 1] : undefined;
  const base = colors[0] && colors[0] !== trimWord ? colors[0].color : rng.pick(classLook.bases);
  const trim = trimWord?.color ?? rng.pick(classLook.trims);
  // Metal words set the metal; otherwise a coloured plate ("crimson plate") is lacquered steel.
  const metalWord = colors.find(
    (c) => c !== trimWord && /^(gold|golden|brass|silver|steel|iron|bronze|copper|black|dark)$/.test(c.word),
  );
  let metal = metalWord ? metalWord.color : "#a9b0ba";
  if (kind === "plate" && !metalWord && colors[0] && colors[0] !== trimWord)
    metal = mix("#7c838e", colors[0].color, 0.7);
  return { kind, base: jitter(base, rng, 0.05), trim, metal };
}

export function resolveLook(subject: PortraitSubject, prompt: string, rng: Rng): Look {
  const all = [prompt, ...Object.values(subject)].join(" ");
  // A named but unknown race or class ("Warforged", "Blood Hunter") gets a neutral look rather
  // than a random one, which could contradict what the user typed.
  const race =
    findKey(subject.race, RACES) ??
    findKey(prompt, RACES) ??
    (subject.race?.trim()
      ? "human"
      : rng.pick(["human", "high-elf", "dwarf", "half-elf", "tiefling", "halfling"] as const));
  const characterClass =
    findKey(subject.characterClass, CLASSES) ??
    findKey(prompt, CLASSES) ??
    (subject.characterClass?.trim()
      ? "fighter"
      : rng.pick(["fighter", "wizard", "rogue", "cleric", "ranger", "bard"] as const));
  const raceLook = RACE_LOOKS[race];
  const classLook = CLASS_LOOKS[characterClass];
  const gender = genderOf(subject.gender ?? prompt, rng);
  const age = ageOf(subject.ageCategory ?? prompt);
  const feature = `${subject.distinguishingFeature ?? ""} ${subject.attire ?? ""} ${prompt}`;
  const featureText = normalizeText(feature);

  const skin = jitter(rng.pick(raceLook.skins), rng, 0.04);
  const hairWord = findColors(
    `${subject.distinguishingFeature ?? ""} ${prompt}`.match(/(\w+)[ -](hair|haired|beard|bearded)/)?.[1],
  );
  let hair = hairWord[0]?.color ?? (raceLook.crest ? shade(skin, -0.35) : rng.pick(raceLook.hairs));
  if (age === "elderly" && !raceLook.crest) hair = mix(hair, rng.pick(ELDER_HAIR), 0.75);
  else if (age === "middle" && !raceLook.crest) hair = mix(hair, ELDER_HAIR[1], 0.2);
  const eyeWord = findColors(feature.match(/(\w+) eyes/)?.[1]);
  const eyes = eyeWord[0]?.color ?? rng.pick(raceLook.eyes ?? ["#3a2a1a", "#4a6a8a", "#3f6a3a", "#6b4526"]);

  const setting =
    findKey(subject.backgroundSetting, SETTINGS) ?? findKey(prompt, SETTINGS) ?? rng.pick(classLook.settings);
  const style = findKey(subject.style, STYLES) ?? findKey(prompt, STYLES) ?? "illustrated";
  const weapon = findKey(subject.primaryWeapon, WEAPONS) ?? findKey(prompt, WEAPONS) ?? classLook.weapon;
  const glowColor = findColors(feature.match(/(\w+) (glowing|tattoo|tattoos|runes|markings)/)?.[1])[0]?.color;

  return {
    name: subject.name?.trim() || undefined,
    race,
    raceLook,
    characterClass,
    classLook,
    gender,
    age,
    breadth: breadthOf(subject.build ?? prompt) + (raceLook.breadth ?? 0),
    skin,
    hair,
    eyes,
    outfit: outfitOf(subject.attire, classLook, rng),
    weapon,
    setting,
    style,
    pose: poseOf(subject.pose ?? prompt),
    magic: glowColor ?? classLook.magic,
    hood:
      / (hood|hooded|cowl) /.test(featureText) ||
      (!/ (no hood|hoodless) /.test(featureText) && rng.chance(classLook.hood ?? 0)),
    face: faceFor({ expression: subject.facialExpression ?? prompt, gender, age, raceLook, text: all, rng }),
    marks: {
      scar: / (scar|scarred|scars) /.test(featureText),
      tattoo: / (tattoo|tattoos|tattooed|runes|rune|markings|glyphs|war paint) /.test(featureText)
        ? (glowColor ?? classLook.magic)
        : null,
      glowEyes: / (glowing eyes|burning eyes|eyes glow|glowing eye) /.test(featureText),
      headwear: / crown of thorns | thorns /.test(featureText)
        ? "thorns"
        : / (crown|crowned|tiara) /.test(featureText)
          ? "crown"
          : / (circlet|diadem) /.test(featureText)
            ? "circlet"
            : null,
      eyepatch: / (eyepatch|eye patch|one eyed) /.test(featureText),
      halo: raceLook.halo === true || / (halo|radiant|angelic) /.test(featureText),
      goggles: / (goggles|goggle|lenses) /.test(featureText),
      prosthetic: / (prosthetic|prosthesis|mechanical arm|clockwork arm|metal arm|artificial arm|iron arm) /.test(
        featureText,
      ),
      companion: / (raven|crow|corvid) /.test(featureText)
        ? "raven"
        : / (owl) /.test(featureText)
          ? "owl"
          : / (cat|kitten) /.test(featureText)
            ? "cat"
            : null,
    },
  };
}
