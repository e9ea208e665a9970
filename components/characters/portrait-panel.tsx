"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SpinnerIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { usePortrait, useGeneratePortrait, useSelectPortrait, useUploadPortrait } from "@/lib/query/characters";
import { OPTIONS } from "./form-state";
import { PortraitHistory } from "./portrait-history";
import { PortraitProfilePicker } from "./portrait-profile-picker";

type Props = {
  characterId?: string;
  name: string;
  style: string;
  onStyleChange: (style: string) => void;
  /** Saves the form first (a new character has no id yet) and resolves to the character's id. */
  ensureSaved: () => Promise<string | undefined>;
};

const VARIATION_OPTIONS = ["1", "2", "3", "4"].map((value) => ({
  value,
  label: value === "1" ? "1 image" : `${value} variations`,
}));

/** The portrait beside the form: preview, style, additions, variations, live status, history. */
export function PortraitPanel({ characterId, name, style, onStyleChange, ensureSaved }: Props) {
  const portrait = usePortrait(characterId);
  const generate = useGeneratePortrait();
  const select = useSelectPortrait();
  const upload = useUploadPortrait();
  const [additions, setAdditions] = useState("");
  const [variations, setVariations] = useState("1");
  const [profileId, setProfileId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [lastPrompt, setLastPrompt] = useState<string | null>(null);
  const data = portrait.data;
  const busy = generate.isPending || Boolean(data?.in_progress);
  const failedNow = data && !data.in_progress && data.history[0]?.status === "FAILED" ? data.history[0] : null;

  async function run() {
    setError(null);
    try {
      const id = await ensureSaved();
      if (!id) return;
      const result = await generate.mutateAsync({
        id,
        body: {
          regenerate: true,
          style,
          custom_prompt_additions: additions,
          variations: Number(variations),
          ...(profileId ? { profile_id: profileId } : {}),
        },
      });
      setLastPrompt(result.prompt_used);
      await portrait.refetch();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The portrait could not be started");
    }
  }

  async function uploadFile(file: File | undefined) {
    if (!file) return;
    setError(null);
    try {
      const id = await ensureSaved();
      if (id) await upload.mutateAsync({ id, file });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The upload failed");
    }
  }

  return (
    // Sticky on desktop so the portrait stays in view while the lower fields are edited (below the
    // sticky header). A panel taller than the window scrolls inside itself with the preview pinned
    // at its top (on an opaque strip of the panel's own tint), so the portrait never leaves view.
    <aside
      aria-label="Portrait"
      className="flex flex-col gap-4 rounded-xl border border-white/10 bg-white/[0.02] p-4 lg:sticky lg:top-24 lg:max-h-[calc(100dvh-7rem)] lg:self-start lg:overflow-y-auto lg:pt-0"
    >
      <div className="shrink-0 lg:sticky lg:top-0 lg:z-10 lg:bg-[#11131b] lg:pb-1 lg:pt-4">
        {/* Portraits are square: a square frame shows all of it, capped on desktop by the window's height. */}
        <div className="relative mx-auto aspect-square w-full overflow-hidden rounded-lg bg-ink-900 lg:max-w-[min(100%,40dvh)]">
          {data?.portrait_url ? (
            <img
              src={data.portrait_url}
              alt={`Portrait of ${name || "the character"}`}
              className="size-full object-cover"
            />
          ) : (
            <div className="flex size-full items-center justify-center p-6 text-center text-sm text-fg-subtle">
              No portrait yet. Fill in the fields and generate one.
            </div>
          )}
          {busy && (
            <div
              role="status"
              className="absolute inset-x-0 bottom-0 flex items-center gap-2 bg-black/70 px-3 py-2 text-sm text-ink-50"
            >
              <SpinnerIcon className="size-4 animate-spin" /> Generating portrait…
            </div>
          )}
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Select label="Style" options={OPTIONS.portrait_style} value={style} onValueChange={onStyleChange} />
        <Select label="Variations" options={VARIATION_OPTIONS} value={variations} onValueChange={setVariations} />
      </div>
      <Input
        label="Custom additions"
        placeholder="e.g. snow in the hair"
        maxLength={500}
        value={additions}
        onChange={(event) => setAdditions(event.target.value)}
      />
      <PortraitProfilePicker value={profileId} onChange={setProfileId} />
      <Button onClick={run} disabled={busy}>
        {busy ? "Generating…" : data?.has_portrait ? "Regenerate portrait" : "Generate portrait"}
      </Button>
      <label className="cursor-pointer text-center text-sm text-fg-muted underline-offset-2 hover:underline">
        {upload.isPending ? "Uploading…" : "Or upload your own portrait"}
        <input
          type="file"
          accept="image/*"
          className="sr-only"
          disabled={upload.isPending}
          onChange={(event) => void uploadFile(event.target.files?.[0])}
        />
      </label>
      {(error || failedNow) && (
        <Alert variant="error">
          <p>{error ?? failedNow?.error?.message ?? "The portrait failed."}</p>
          <p className="mt-1">
            If the provider keeps failing, choose the built-in offline engine under “Drawn by” and try again, or check
            the profile in Settings.
          </p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={run}>
            Retry
          </Button>
        </Alert>
      )}
      {(lastPrompt ?? data?.prompt_used) && (
        <details className="text-xs text-fg-muted">
          <summary className="cursor-pointer">Prompt sent</summary>
          <p className="mt-1 whitespace-pre-wrap" data-testid="prompt-used">
            {lastPrompt ?? data?.prompt_used}
          </p>
        </details>
      )}
      {characterId && data && data.history.length > 0 && (
        <PortraitHistory
          items={data.history}
          onSelect={(generationId) => select.mutate({ id: characterId, generationId })}
          selecting={select.isPending}
        />
      )}
    </aside>
  );
}
