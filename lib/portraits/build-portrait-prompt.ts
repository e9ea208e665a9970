import { labelFor } from "@/lib/schemas/character-vocabulary";

/** The fields the prompt reads, in the API's snake_case (a profile view or a form's state). */
export type PortraitFields = {
  name?: string | null;
  race?: string | null;
  character_class?: string | null;
  gender?: string | null;
  age_category?: string | null;
  build?: string | null;
  height_description?: string | null;
  facial_expression?: string | null;
  facial_features?: string | null;
  attire?: string | null;
  primary_weapon?: string | null;
  distinguishing_feature?: string | null;
  background_setting?: string | null;
  pose?: string | null;
};

const lower = (value: string) =>
  labelFor(value)
    .replace(/\s*\(.*\)$/, "")
    .toLowerCase();
const present = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== "";

/**
 * The character requirement's raw portrait prompt: name, descriptor (expression), gender, race, age, class,
 * "<expression> expression", facial features, "wearing <attire>", distinguishing feature, pose,
 * then custom additions. Gender and expression fall back to the seed's defaults. The seed's
 * builder never used build, height, weapon or setting although the form collects them, so they
 * follow the distinguishing feature (before the pose) instead of being silently dropped.
 * Empty optional fields are skipped; parts are joined with ", ".
 */
export function buildPortraitPrompt(fields: PortraitFields, customAdditions = ""): string {
  const gender = present(fields.gender) ? fields.gender : "non-binary";
  const expression = present(fields.facial_expression) ? fields.facial_expression : "determined";
  const build = present(fields.build) ? fields.build : "average";
  const parts: string[] = [];
  if (present(fields.name)) parts.push(fields.name.trim());
  parts.push(lower(expression));
  parts.push(lower(gender));
  if (present(fields.race)) parts.push(labelFor(fields.race));
  if (present(fields.age_category)) parts.push(lower(fields.age_category));
  if (present(fields.character_class)) parts.push(labelFor(fields.character_class));
  parts.push(`${lower(expression)} expression`);
  if (present(fields.facial_features)) parts.push(fields.facial_features.trim());
  if (present(fields.attire)) parts.push(`wearing ${fields.attire.trim()}`);
  if (present(fields.distinguishing_feature)) parts.push(fields.distinguishing_feature.trim());
  parts.push(`${lower(build)} build`);
  if (present(fields.height_description)) parts.push(fields.height_description.trim());
  if (present(fields.primary_weapon)) parts.push(`holding ${fields.primary_weapon.trim()}`);
  if (present(fields.background_setting)) parts.push(`in ${fields.background_setting.trim()}`);
  if (present(fields.pose)) parts.push(lower(fields.pose));
  if (present(customAdditions)) parts.push(customAdditions.trim());
  return parts.join(", ");
}

/** The portrait style template wrapped around the enhanced prompt (the character requirement's "portrait" template). */
export const STYLE_TEMPLATES: Record<string, string> = {
  illustrated: "Detailed fantasy character illustration, head-and-shoulders portrait",
  painterly: "Painterly oil portrait with visible brushwork, head-and-shoulders fantasy character",
  realistic: "D&D photorealistic face close-up, cinematic portrait lighting",
  ink: "Ink and wash portrait on parchment, fine linework, head-and-shoulders",
  anime: "Anime key-visual character portrait, crisp cel shading",
};

export function applyStyleTemplate(enhancedPrompt: string, style: string | null | undefined): string {
  const template = STYLE_TEMPLATES[style ?? "illustrated"] ?? STYLE_TEMPLATES.illustrated;
  return `${template}. ${enhancedPrompt}`;
}
