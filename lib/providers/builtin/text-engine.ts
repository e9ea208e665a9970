/**
 * The built-in "text model": a small rule-based prompt enhancer, not a language model. It finds
 * the words it knows in the prompt (race, class, setting, style, weapon, expression, pose), then
 * appends a style phrase, a lighting phrase that suits the setting and a composition phrase,
 * choosing among variants by a hash of the prompt so the same prompt always gets the same text.
 * It does not follow instructions in `system` or answer questions; asked for anything else it
 * still returns the enhanced prompt. With `json: true` it returns one JSON object (see
 * EnhancedPrompt) that carries the enhanced prompt under both `prompt` and `enhancedPrompt`.
 */
import type { PortraitSubject } from "../types";
import { SETTINGS, STYLES, findKey, type SettingKey, type StyleKey } from "./lexicon";
import { createRng, hashSeed } from "@/lib/rng";
import { promptKind, subjectFromPrompt } from "./subject-from-prompt";

export const TEXT_ENGINE_ID = "builtin-rules-v1";

const STYLE_PHRASES: Record<StyleKey, readonly string[]> = {
  illustrated: [
    "detailed fantasy illustration",
    "storybook fantasy illustration with clean linework",
    "richly coloured fantasy character art",
  ],
  painterly: [
    "painterly oil-on-canvas style with visible brushwork",
    "soft gouache painting with textured brushstrokes",
  ],
  ink: ["ink and wash drawing on parchment", "fine pen-and-ink illustration with sepia tones"],
  anime: ["anime key-visual style with crisp cel shading", "vibrant anime illustration, clean line art"],
  realistic: [
    "cinematic realistic rendering with natural skin texture",
    "photorealistic fantasy portrait, shallow depth of field",
  ],
};

const LIGHTING: Record<SettingKey | "default", readonly string[]> = {
  forest: ["dappled sunlight through the canopy", "soft green light filtering through misty trees"],
  library: ["warm candlelight among towering bookshelves", "golden lamplight and drifting dust motes"],
  mountain: ["crisp high-altitude daylight", "dramatic rim light from a low sun over the peaks"],
  tavern: ["warm firelight and lantern glow", "cosy amber hearth light"],
  dungeon: ["flickering torchlight on damp stone", "cold shadows cut by torch glow"],
  night: ["silver moonlight under a starry sky", "cool blue moonlight with glowing highlights"],
  castle: ["light pouring through tall arched windows", "stately hall light with deep shadows"],
  temple: ["radiant light through stained glass", "soft holy light from above"],
  sea: ["golden hour light reflecting off the water", "bright coastal light and sea spray"],
  desert: ["harsh sunlight and heat shimmer", "warm sunset light over the dunes"],
  snow: ["pale winter light and drifting snow", "cold diffuse light off fresh snow"],
  city: ["lamplit streets at dusk", "warm window light against a twilight sky"],
  cave: ["glow of luminous crystals in the dark", "eerie bioluminescent light"],
  swamp: ["murky fog with a pale moon", "sickly green light through hanging moss"],
  volcano: ["hellish orange glow of molten lava", "ember-lit smoke and red light"],
  arcane: ["swirling arcane light", "glowing magical runes casting coloured light"],
  meadow: ["soft morning sunlight over the fields", "gentle golden-hour light"],
  default: ["dramatic key light with a soft rim light", "balanced studio lighting with a warm rim light"],
};

const PORTRAIT_COMPOSITION = [
  "head and shoulders portrait, centered, eye-level",
  "bust portrait, three-quarter view, facing the viewer",
  "close portrait framed from the chest up, heroic angle",
];
const SCENE_COMPOSITION = [
  "wide establishing shot with a clear focal point",
  "sweeping landscape composition, layered depth",
  "panoramic view with strong foreground framing",
];
const QUALITY = "high detail, coherent anatomy, no text, no watermark";

export type EnhancedPrompt = {
  prompt: string;
  enhancedPrompt: string;
  originalPrompt: string;
  kind: "portrait" | "scene";
  subject: PortraitSubject;
  style: string;
  lighting: string;
  composition: string;
  engine: string;
};

export function enhancePrompt(prompt: string): EnhancedPrompt {
  const original = prompt.trim().replace(/\s+/g, " ");
  const rng = createRng(hashSeed(original.toLowerCase()));
  const kind = promptKind(original);
  const subject = kind === "portrait" ? subjectFromPrompt(original) : {};
  const styleKey = findKey(original, STYLES) ?? "illustrated";
  const setting = findKey(original, SETTINGS) ?? "default";
  const style = rng.pick(STYLE_PHRASES[styleKey]);
  const lighting = rng.pick(LIGHTING[setting]);
  const composition = rng.pick(kind === "portrait" ? PORTRAIT_COMPOSITION : SCENE_COMPOSITION);
  const lead = kind === "portrait" && !/portrait/i.test(original) ? "Fantasy character portrait of " : "";
  const body = original || (kind === "portrait" ? "a fantasy adventurer" : "a fantasy landscape");
  const enhanced = `${lead}${body.replace(/[.\s]+$/, "")}, ${style}, ${lighting}, ${composition}, ${QUALITY}`;
  return {
    prompt: enhanced,
    enhancedPrompt: enhanced,
    originalPrompt: original,
    kind,
    subject,
    style,
    lighting,
    composition,
    engine: TEXT_ENGINE_ID,
  };
}

/** The adapter's text call: plain enhanced prompt, or the whole result as JSON. */
export function generateBuiltinText(prompt: string, json: boolean | undefined): string {
  const result = enhancePrompt(prompt);
  return json ? JSON.stringify(result) : result.enhancedPrompt;
}
