"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonStyles } from "@/components/ui/button";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { ApiRequestError } from "@/lib/query/fetch-json";
import { useSaveCharacter } from "@/lib/query/characters";
import { CharacterFields } from "./character-fields";
import { DeleteCharacter } from "./character-sheet";
import { toPayload, type CharacterFormState } from "./form-state";
import { PortraitPanel } from "./portrait-panel";

/**
 * `isOwner`: false when someone other than the owner opens the editor (no Delete then).
 * `joinCode`: the invite this character is made for; once saved, a link goes back to join with it.
 */
type Props = {
  characterId?: string;
  initial: CharacterFormState;
  templateSlug?: string;
  isOwner?: boolean;
  joinCode?: string;
};

/** The character requirement's CharacterCreator: the form (about 60%) beside the portrait (40%); stacked on a phone. */
export function CharacterCreator({ characterId: initialId, initial, templateSlug, isOwner = true, joinCode }: Props) {
  const router = useRouter();
  const save = useSaveCharacter();
  const [state, setState] = useState(initial);
  const [characterId, setCharacterId] = useState(initialId);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const formRef = useFocusFirstInvalid<HTMLFormElement>(errors);
  const update = (patch: Partial<CharacterFormState>) => setState((current) => ({ ...current, ...patch }));

  /** Saves every field; a new character gets its id here and the URL follows without a reload. */
  async function persist(): Promise<string | undefined> {
    setErrors({});
    if (!state.name.trim()) {
      setErrors({ name: "Give the character a name" });
      return undefined;
    }
    try {
      const body = { ...toPayload(state), ...(characterId || !templateSlug ? {} : { template_slug: templateSlug }) };
      const saved = await save.mutateAsync({ id: characterId, body });
      if (!characterId) {
        setCharacterId(saved.character_id);
        window.history.replaceState(null, "", `/characters/${saved.character_id}/edit`);
      }
      return saved.character_id;
    } catch (error) {
      if (error instanceof ApiRequestError) {
        setErrors(Object.fromEntries(error.apiError.issues.map((issue) => [issue.path, issue.message])));
        setMessage({ kind: "error", text: error.message });
      }
      return undefined;
    }
  }

  async function onSave() {
    const id = await persist();
    if (id) setMessage({ kind: "success", text: "Character saved." });
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <form
        ref={formRef}
        noValidate
        className="flex flex-col gap-6"
        onSubmit={(event) => {
          event.preventDefault();
          void onSave();
        }}
      >
        <CharacterFields state={state} onChange={update} errors={errors} />
        {message && <Alert variant={message.kind}>{message.text}</Alert>}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? "Saving…" : "Save character"}
          </Button>
          {characterId && joinCode && (
            <Link
              className={buttonStyles({ variant: "secondary" })}
              href={`/campaigns?join=${encodeURIComponent(joinCode)}`}
            >
              Back to the invite
            </Link>
          )}
          {characterId && (
            <Button type="button" variant="secondary" onClick={() => router.push(`/characters/${characterId}`)}>
              View sheet
            </Button>
          )}
          {/* Apart from Save, so a hurried click does not land on it. */}
          {characterId && isOwner && (
            <div className="ml-auto">
              <DeleteCharacter id={characterId} name={state.name || "this character"} />
            </div>
          )}
        </div>
      </form>
      <PortraitPanel
        characterId={characterId}
        name={state.name}
        style={state.portrait_style}
        onStyleChange={(portrait_style) => update({ portrait_style })}
        ensureSaved={persist}
      />
    </div>
  );
}
