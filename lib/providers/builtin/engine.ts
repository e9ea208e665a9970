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

export type BuiltinImageInput = { prompt: string; subject?: PortraitSubject; seed?: number; size?: string };
export type BuiltinImage = { png: Buffer; width: number; height: number; kind: "portrait" | "scene"; description: string };

/** A request without a seed still gets a stable one, derived from what it asks for. */
export function effectiveSeed(input: BuiltinImageInput): number {
  return input.seed ?? hashSeed(`${input.prompt}|${JSON.stringify(input.subject ?? {})}`);
}

/**
 * The identity part of a subject seeds the face and outfit, so changing only the pose, the
 * style or the background keeps the same character; changing the seed gives a new one.
 */
function identityKey(subject: PortraitSubject, prompt: string): string {
  const identity = [subject.name, subject.race, subject.characterClass, subject.gender, subject.ageCategory].filter(Boolean).join("|");
  return identity || prompt;
}

export async function renderBuiltinImage(input: BuiltinImageInput): Promise<BuiltinImage> {
  const { width, height } = parseSize(input.size);
  const seed = effectiveSeed(input);
  const prompt = input.prompt ?? "";
  const kind = promptKind(prompt, input.subject);

  if (kind === "scene") {
    const rng = createRng(hashSeed(`scene|${seed}|${prompt}`));
    const spec = sceneSpec(prompt, rng.fork("spec"));
    const style = findKey(prompt, STYLES) ?? "illustrated";
    const png = await renderPng({ backdrop: sceneSvg(spec, rng.fork("scene"), width, height), width, height, style, seed, frame: {} });
    const parts = [spec.landmark, spec.creature, spec.water && "water", spec.forest && "forest", spec.mountains && "mountains", spec.magic && "magic"].filter(Boolean);
    return { png, width, height, kind, description: `Offline engine scene (seed ${seed}): ${parts.join(", ") || "landscape"} at ${spec.time}, ${style} style.` };
  }

  const subject = { ...subjectFromPrompt(prompt), ...stripEmpty(input.subject ?? {}) };
  const rng = createRng(hashSeed(`portrait|${seed}|${identityKey(subject, prompt)}`));
  const look = resolveLook(subject, prompt, rng.fork("look"));
  const layers = portraitLayers(look, rng, width, height, `${seed}|${identityKey(subject, prompt)}`);
  const png = await renderPng({ ...layers, width, height, style: look.style, seed, frame: { name: look.name, characterClass: look.characterClass } });
  const who = [look.name, titleCase(look.race), titleCase(look.characterClass)].filter(Boolean).join(", ");
  return { png, width, height, kind, description: `Offline engine portrait (seed ${seed}): ${who}, ${look.setting} background, ${look.style} style.` };
}

function stripEmpty(subject: PortraitSubject): PortraitSubject {
  return Object.fromEntries(Object.entries(subject).filter(([, value]) => typeof value === "string" && value.trim() !== "")) as PortraitSubject;
}
