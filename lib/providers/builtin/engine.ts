/**
 * The built-in engine's one entry point: a prompt (and optional structured subject), a seed and
 * a size in, PNG bytes and an honest description of what was drawn out. Pure and deterministic:
 * the same input always gives the same bytes.
 */
import type { PortraitSubject } from "../types";
import { findKey, STYLES } from "./lexicon";
import { createRng, hashSeed } from "@/lib/rng";
import { portraitLayers } from "./portrait-svg";
import { parseSize, renderPng } from "./render";
import { sceneSpec, sceneSvg } from "./scene-svg";
import { promptKind, subjectFromPrompt, titleCase } from "./subject-from-prompt";
import { resolveLook } from "./traits";
import { creatureLayers, creatureSceneFigure } from "./creature-picture";
import { findCreature } from "./creatures";

export type BuiltinImageInput = { prompt: string; subject?: PortraitSubject; seed?: number; size?: string };
export type BuiltinImage = {
  png: Buffer;
  width: number;
  height: number;
  kind: "portrait" | "creature" | "scene";
  description: string;
};

/** A request without a seed still gets a stable one, derived from what it asks for. */
function effectiveSeed(input: BuiltinImageInput): number {
  return input.seed ?? hashSeed(`${input.prompt}|${JSON.stringify(input.subject ?? {})}`);
}

/**
 * The identity part of a subject seeds the face and outfit, so changing only the pose, the
 * style or the background keeps the same character; changing the seed gives a new one.
 */
function identityKey(subject: PortraitSubject, prompt: string): string {
  const identity = [subject.name, subject.race, subject.characterClass, subject.gender, subject.ageCategory]
    .filter(Boolean)
    .join("|");
  return identity || prompt;
}

export async function renderBuiltinImage(input: BuiltinImageInput): Promise<BuiltinImage> {
  const { width, height } = parseSize(input.size);
  const seed = effectiveSeed(input);
  const prompt = input.prompt ?? "";
  const kind = promptKind(prompt, input.subject);
  // A monster named in the request is drawn as that monster, whether a token's subject or a scene's
  // inhabitant; a character's race field counts too (a goblin NPC), a player race does not.
  const creature = findCreature(`${prompt} ${creatureWords(input.subject)}`);

  if (kind === "scene" && !(creature && !PLACE_WORDS.test(` ${prompt.toLowerCase()} `))) {
    const rng = createRng(hashSeed(`scene|${seed}|${prompt}`));
    const spec = sceneSpec(prompt, rng.fork("spec"));
    const style = findKey(prompt, STYLES) ?? "illustrated";
    // The scene's own dragon flies in its sky; any other creature stands in the foreground.
    const inhabitant =
      creature && creature !== "dragon"
        ? creatureSceneFigure(creature, prompt, rng.fork("inhabitant"), width, height)
        : undefined;
    const png = await renderPng({
      backdrop: sceneSvg(spec, rng.fork("scene"), width, height),
      figure: inhabitant,
      width,
      height,
      style,
      seed,
      frame: {},
    });
    const parts = [
      spec.landmark,
      spec.creature ?? (inhabitant ? creature : null),
      spec.water && "water",
      spec.forest && "forest",
      spec.mountains && "mountains",
      spec.magic && "magic",
    ].filter(Boolean);
    return {
      png,
      width,
      height,
      kind,
      description: `Offline engine scene (seed ${seed}): ${parts.join(", ") || "landscape"} at ${spec.time}, ${style} style.`,
    };
  }

  if (creature) {
    const text = `${prompt} ${creatureWords(input.subject)}`;
    const rng = createRng(hashSeed(`creature|${seed}|${creature}`));
    const style = findKey(`${prompt} ${input.subject?.style ?? ""}`, STYLES) ?? "illustrated";
    const layers = creatureLayers(creature, text, rng, width, height);
    const name = input.subject?.name?.trim() || undefined;
    const png = await renderPng({ ...layers, width, height, style, seed, frame: { name } });
    return {
      png,
      width,
      height,
      kind: "creature",
      description: `Offline engine creature (seed ${seed}): ${titleCase(creature)}${name ? ` "${name}"` : ""}, ${layers.setting} background, ${style} style.`,
    };
  }

  const subject = { ...subjectFromPrompt(prompt), ...stripEmpty(input.subject ?? {}) };
  const rng = createRng(hashSeed(`portrait|${seed}|${identityKey(subject, prompt)}`));
  const look = resolveLook(subject, prompt, rng.fork("look"));
  const layers = portraitLayers(look, rng, width, height, `${seed}|${identityKey(subject, prompt)}`);
  const png = await renderPng({
    ...layers,
    width,
    height,
    style: look.style,
    seed,
    frame: { name: look.name, characterClass: look.characterClass },
  });
  const who = [look.name, titleCase(look.race), titleCase(look.characterClass)].filter(Boolean).join(", ");
  return {
    png,
    width,
    height,
    kind,
    description: `Offline engine portrait (seed ${seed}): ${who}, ${look.setting} background, ${look.style} style.`,
  };
}

/** Words of a structured subject that can name a monster (a goblin NPC's race, a "zombie" feature). */
function creatureWords(subject: PortraitSubject | undefined): string {
  if (!subject) return "";
  // A player-race orc character is a person drawn as a bust, not the monster.
  const race = /^\s*orcs?\s*$/i.test(subject.race ?? "") ? "" : (subject.race ?? "");
  return [race, subject.characterClass, subject.distinguishingFeature].filter(Boolean).join(" ");
}

/** "a goblin camp", "the dragon's lair": the place is the subject, the creature its inhabitant. */
const PLACE_WORDS =
  / (camp|camps|lair|den|nest|village|warren|ruins|tomb|crypt|graveyard|cemetery|battlefield|landscape|scene|vista) /;

function stripEmpty(subject: PortraitSubject): PortraitSubject {
  return Object.fromEntries(
    Object.entries(subject).filter(([, value]) => typeof value === "string" && value.trim() !== ""),
  ) as PortraitSubject;
}
