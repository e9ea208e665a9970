/**
 * Reads a free prompt the way the engine can use it: which known words it contains (race, class,
 * setting, weapon, style, gender, age, expression, pose) and whether it asks for a character
 * portrait or a scene. Plain keyword spotting, no language model: what it does not recognise it
 * ignores, and the drawing falls back to seeded choices.
 */
import type { PortraitSubject } from "../types";
import { CLASSES, RACES, SETTINGS, STYLES, WEAPONS, findKey, normalizeText, type Vocabulary } from "./lexicon";

/** The display form of a key, e.g. "wood-elf" -> "Wood Elf". */
export function titleCase(key: string): string {
  return key
    .split(/[-\s]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

function firstMatch(text: string, pairs: Array<[RegExp, string]>): string | undefined {
  return pairs.find(([pattern]) => pattern.test(text))?.[1];
}

const GENDERS: Array<[RegExp, string]> = [
  [/ (non binary|nonbinary|androgynous|enby) /, "Non-binary"],
  [/ (woman|female|girl|lady|queen|princess|priestess|sorceress|enchantress|witch|she|her) /, "Female"],
  [/ (man|male|boy|lord|king|prince|he|his) /, "Male"],
];
const AGES: Array<[RegExp, string]> = [
  [/ (elderly|old|ancient|aged|venerable) /, "Elderly"],
  [/ (middle aged|mature|veteran|seasoned) /, "Middle-aged"],
  [/ (young|youthful|teen|teenage) /, "Young"],
];
const EXPRESSIONS: Array<[RegExp, string]> = [
  [/ (smiling|joyful|laughing|cheerful|happy) /, "Joyful"],
  [/ (friendly|kind|warm) /, "Friendly"],
  [/ (serene|calm|peaceful) /, "Serene"],
  [/ (stern|grim|serious) /, "Stern"],
  [/ (fierce|angry|furious|snarling) /, "Fierce"],
  [/ (brooding|sad|melancholy|pensive) /, "Brooding"],
  [/ (mysterious|enigmatic|sly) /, "Mysterious"],
  [/ (wise|sage) /, "Wise"],
  [/ (confident|proud|heroic|regal) /, "Confident"],
  [/ (determined|resolute|focused) /, "Determined"],
];
const POSES: Array<[RegExp, string]> = [
  [/ (arms crossed|crossed arms) /, "Arms Crossed"],
  [/ (casting|spell|conjuring) /, "Casting Spell"],
  [/ (weapon ready|battle ready|ready for battle|drawn) /, "Weapon Ready"],
  [/ (seated|sitting) /, "Seated Thoughtful"],
  [/ (over (his|her|their) shoulder|over the shoulder) /, "Looking Over Shoulder"],
];

/** Words that mean "draw a person", beyond the race and class vocabularies. */
const PERSON_WORDS =
  / (portrait|character|face|headshot|bust|hero|heroine|adventurer|npc|villain|person|man|woman|boy|girl|king|queen|prince|princess|lord|lady|noble|elder|token|avatar) /;

function keyWord<K extends string>(text: string, table: Vocabulary<K>): string | undefined {
  const key = findKey(text, table);
  return key ? titleCase(key) : undefined;
}

/** Only the fields the prompt actually names; nothing is invented here. */
export function subjectFromPrompt(prompt: string): PortraitSubject {
  const t = normalizeText(prompt);
  const subject: PortraitSubject = {
    race:
      keyWord(
        prompt,
        RACES.filter(([key]) => key !== "human"),
      ) ?? (/ human /.test(t) ? "Human" : undefined),
    characterClass: keyWord(prompt, CLASSES),
    gender: firstMatch(t, GENDERS),
    ageCategory: firstMatch(t, AGES),
    facialExpression: firstMatch(t, EXPRESSIONS),
    primaryWeapon: keyWord(prompt, WEAPONS),
    backgroundSetting: keyWord(prompt, SETTINGS),
    pose: firstMatch(t, POSES),
    style: keyWord(prompt, STYLES),
  };
  return Object.fromEntries(Object.entries(subject).filter(([, value]) => value !== undefined)) as PortraitSubject;
}

/** "a wizard's tower", "an orc camp": a person word that only qualifies a place. */
const PLACE_NOUNS =
  / [a-z]+( s)? (tower|towers|castle|keep|academy|school|guild|hut|shop|camp|lair|sanctum|ship|house|village|city|fortress|stronghold|ruins|tomb|grove) /g;

/** A portrait when there is a subject or the prompt names a person; otherwise a scene. */
export function promptKind(rawPrompt: string, subject?: PortraitSubject): "portrait" | "scene" {
  if (subject && Object.values(subject).some((value) => typeof value === "string" && value.trim() !== ""))
    return "portrait";
  const t = normalizeText(rawPrompt).replace(PLACE_NOUNS, " $2 ");
  if (
    findKey(
      t,
      RACES.filter(([key]) => key !== "human"),
    ) ||
    findKey(t, CLASSES) ||
    PERSON_WORDS.test(t) ||
    / human /.test(t)
  )
    return "portrait";
  return "scene";
}
