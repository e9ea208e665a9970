import type { AssetKind } from "@/lib/generated/prisma/enums";
import type { PortraitSubject } from "@/lib/providers/types";

/** Where the subject's words end: "goblin boss with a scimitar" → "goblin boss". */
const SUBJECT_END =
  /\s+(with|wielding|holding|wearing|in|on|at|from|carrying|riding|under|beneath|near|who|that)\s+|[,.;:(]/i;

/**
 * What a prompt says it is, from the words it opens with. Built prompts (the token maker's, a
 * portrait template's) open with their kind and then a colon or "of"; the subject is what follows.
 */
const FRAMINGS: Array<{ pattern: RegExp; kind: string }> = [
  { pattern: /^token(?: portrait)?\b[^:]*:\s*/i, kind: "token" },
  { pattern: /^(?:an? )?(?:\w+ )?portrait of\s+/i, kind: "portrait" },
  { pattern: /^portrait\b[^:]*:\s*/i, kind: "portrait" },
  { pattern: /^(?:an? )?(?:\w+ )?(?:scene|landscape|vista|view) of\s+/i, kind: "scene" },
  { pattern: /^(?:scene|landscape)\b[^:]*:\s*/i, kind: "scene" },
];

const KIND_WORDS: Partial<Record<AssetKind, string>> = { PORTRAIT: "portrait", TOKEN: "token", MAP: "scene" };

/** "a grizzled goblin boss with a scimitar" → "Grizzled goblin boss". */
export function subjectPhrase(text: string): string {
  const words = text
    .trim()
    .replace(/^(an?|the)\s+/i, "")
    .split(SUBJECT_END)[0]
    .trim()
    .slice(0, 60);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A new asset's name: its subject and what it is ("Thorin — portrait", "Bugbear chief — token",
 * "Ruined temple — scene"), not a prompt's first 80 characters. A plain prompt with no subject
 * name and no framing keeps the user's own words: that is the title they gave it.
 */
export function assetNameFor({
  prompt,
  subject,
  assetKind,
}: {
  prompt: string;
  subject?: PortraitSubject;
  assetKind?: AssetKind;
}): string {
  const framing = FRAMINGS.find(({ pattern }) => pattern.test(prompt.trim()));
  const kind = KIND_WORDS[assetKind ?? "IMAGE"] ?? framing?.kind;
  const named = subject?.name?.trim();
  if (named) return `${named.slice(0, 80)}${kind ? ` — ${kind}` : ""}`;
  if (!framing) return prompt.trim().slice(0, 80);
  const phrase = subjectPhrase(prompt.trim().replace(framing.pattern, ""));
  return phrase ? `${phrase} — ${kind}` : prompt.trim().slice(0, 80);
}
