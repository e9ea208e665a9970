"use client";

import { Alert } from "@/components/ui/alert";
import { useCharacter, usePregenerated } from "@/lib/query/characters";
import { CharacterCreator } from "./character-creator";
import { EMPTY_FORM, toFormState } from "./form-state";

/** The creator for an existing character, once it has loaded. */
export function EditCharacter({ id }: { id: string }) {
  const character = useCharacter(id);
  if (character.isError) return <Alert variant="error">{character.error.message}</Alert>;
  if (!character.data) return <p className="text-fg-muted">Loading…</p>;
  return <CharacterCreator characterId={id} initial={toFormState(character.data)} isOwner={character.data.is_owner} />;
}

/** A new character, blank or started from a pregenerated one (?template=slug), maybe for an invite (?join=CODE). */
export function NewCharacter({ templateSlug, joinCode }: { templateSlug?: string; joinCode?: string }) {
  const templates = usePregenerated();
  if (!templateSlug) return <CharacterCreator initial={EMPTY_FORM} joinCode={joinCode} />;
  const template = templates.data?.find((candidate) => candidate.slug === templateSlug);
  if (templates.isPending) return <p className="text-fg-muted">Loading…</p>;
  if (!template) return <Alert variant="error">That pregenerated character does not exist.</Alert>;
  return <CharacterCreator initial={toFormState(template)} templateSlug={templateSlug} joinCode={joinCode} />;
}
