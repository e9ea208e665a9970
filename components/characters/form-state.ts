import {
  AGE_CATEGORIES,
  BUILDS,
  CLASSES,
  EXPRESSIONS,
  GENDERS,
  labelFor,
  PORTRAIT_STYLES,
  POSES,
  RACES,
} from "@/lib/schemas/character-vocabulary";

/** Radix Select cannot hold "", so optional choices use this sentinel for "not set". */
export const UNSET = "unset";

export type CharacterFormState = Record<(typeof TEXT_FIELDS)[number] | (typeof CHOICE_FIELDS)[number], string> & {
  base_level: number;
  voice_settings: string;
};

export const TEXT_FIELDS = [
  "name",
  "height_description",
  "facial_features",
  "attire",
  "primary_weapon",
  "distinguishing_feature",
  "background_setting",
  "backstory",
  "description",
  "appearance",
  "voice_id",
  "voice_archetype",
] as const;
export const CHOICE_FIELDS = [
  "race",
  "character_class",
  "gender",
  "age_category",
  "build",
  "facial_expression",
  "pose",
  "portrait_style",
] as const;

const options = (values: readonly string[], optional = false) => [
  ...(optional ? [{ value: UNSET, label: "Not set" }] : []),
  ...values.map((value) => ({ value, label: labelFor(value) })),
];
export const OPTIONS = {
  race: options(RACES),
  character_class: options(CLASSES),
  gender: options(GENDERS),
  age_category: options(AGE_CATEGORIES, true),
  build: options(BUILDS),
  facial_expression: options(EXPRESSIONS),
  pose: options(POSES, true),
  portrait_style: options(PORTRAIT_STYLES),
};

export const EMPTY_FORM: CharacterFormState = {
  name: "",
  race: "human",
  character_class: "fighter",
  gender: "non-binary",
  age_category: UNSET,
  build: "average",
  height_description: "",
  facial_expression: "determined",
  facial_features: "",
  attire: "",
  primary_weapon: "",
  distinguishing_feature: "",
  background_setting: "",
  pose: UNSET,
  portrait_style: "illustrated",
  backstory: "",
  description: "",
  appearance: "",
  voice_id: "",
  voice_archetype: "",
  voice_settings: "",
  base_level: 1,
};

/** A stored character (or a pregenerated one) as form state; nulls become "" or UNSET. */
export function toFormState(source: Record<string, unknown>): CharacterFormState {
  const state = { ...EMPTY_FORM };
  for (const key of [...TEXT_FIELDS, ...CHOICE_FIELDS]) {
    const value = source[key];
    if (typeof value === "string" && value !== "") state[key] = value;
  }
  if (typeof source.base_level === "number") state.base_level = source.base_level;
  if (source.voice_settings && typeof source.voice_settings === "object")
    state.voice_settings = voiceSettingsText(source.voice_settings as Record<string, unknown>);
  return state;
}

/** Voice settings as "key: value" lines, the way the form edits them. */
export const voiceSettingsText = (settings: Record<string, unknown>) =>
  Object.entries(settings)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join("\n");

/** "stability: 0.4" lines back to settings: numbers and true/false keep their type; blank lines are skipped. */
export function parseVoiceSettings(text: string): Record<string, string | number | boolean> {
  const settings: Record<string, string | number | boolean> = {};
  for (const line of text.split("\n")) {
    const at = line.indexOf(":");
    const key = (at < 0 ? line : line.slice(0, at)).trim();
    if (!key) continue;
    const raw = at < 0 ? "" : line.slice(at + 1).trim();
    settings[key] =
      raw === "true" ? true : raw === "false" ? false : raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return settings;
}

/** Every field is sent on save, so nothing the user typed is lost; UNSET becomes null. */
export function toPayload(state: CharacterFormState): Record<string, unknown> {
  const payload: Record<string, unknown> = { base_level: state.base_level };
  for (const key of TEXT_FIELDS) payload[key] = state[key];
  for (const key of CHOICE_FIELDS) payload[key] = state[key] === UNSET ? null : state[key];
  payload.voice_settings = parseVoiceSettings(state.voice_settings);
  return payload;
}
