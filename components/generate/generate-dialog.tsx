"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogFooter } from "@/components/ui/dialog";
import { SpinnerIcon } from "@/components/ui/icons";
import {
  isTerminal,
  useCancelGenerations,
  useGenerationStatuses,
  useInvalidateImages,
  useStartGeneration,
  type GenerationOptionsInput,
  type GenerationState,
  type StartGenerationInput,
} from "@/lib/query/generations";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";
import { GenerateForm } from "./generate-form";
import { GenerationProgress } from "./generation-progress";
import { GenerationResults } from "./generation-results";
import { imageProfileChoices } from "./image-capabilities";
import { defaultOptionsFor, fitOptions } from "./image-options";

export type GeneratedImage = { id: string; url: string };

export type GenerateDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  initialPrompt?: string;
  /** Options to start from ("Generate again" carries the earlier generation's). */
  initialOptions?: GenerationOptionsInput;
  /** The provider kind to preselect a profile of (the earlier generation's provider). */
  initialProviderKind?: string;
  /** Typed tags attached to every image (e.g. the character it is a portrait of). */
  tags?: StartGenerationInput["tags"];
  /** Called once per batch with the images that were made (they are already saved). */
  onSaved?: (images: GeneratedImage[]) => void;
  /** Called with the ids of images discarded from the results (they are deleted). */
  onDiscarded?: (imageIds: string[]) => void;
};

/** Generate images with one of the user's profiles, watching each image's progress live. */
export function GenerateDialog({
  open,
  onOpenChange,
  initialPrompt = "",
  initialOptions,
  initialProviderKind,
  tags,
  onSaved,
  onDiscarded,
}: GenerateDialogProps) {
  const profiles = useProfiles();
  const providers = useProviders();
  const choices = useMemo(
    () => imageProfileChoices(profiles.data ?? [], providers.data ?? []),
    [profiles.data, providers.data],
  );

  const [prompt, setPrompt] = useState(initialPrompt);
  const [pickedProfileId, setPickedProfileId] = useState("");
  const [options, setOptions] = useState<GenerationOptionsInput>({ n: 1 });
  const [batch, setBatch] = useState<{ id: string; generationIds: string[] } | null>(null);
  const [lastRequest, setLastRequest] = useState<StartGenerationInput | null>(null);

  // Opened from outside (the `open` prop, not the dialog's own trigger): start from what the caller
  // passed, every time it opens, not from what this always-mounted dialog held before.
  // (State adjusted while rendering, the way React documents for "reset when a prop changes".)
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setPrompt(initialPrompt);
      if (initialOptions) setOptions({ n: 1, ...initialOptions });
    }
  }
  const sameProvider = initialProviderKind
    ? choices.find((choice) => choice.profile.kind === initialProviderKind)
    : undefined;
  const chosen = choices.find((choice) => choice.profile.id === pickedProfileId) ?? sameProvider ?? choices[0];
  const fittedOptions = chosen ? fitOptions(options, chosen.capabilities) : options;

  const start = useStartGeneration();
  const cancel = useCancelGenerations();
  const invalidateImages = useInvalidateImages();
  const statuses = useGenerationStatuses(batch?.generationIds ?? []);
  const states = statuses.map((query) => query.data);
  const settled = batch !== null && states.length > 0 && states.every((state) => state && isTerminal(state.status));
  const anyCompleted = states.some((state) => state?.status === "COMPLETED");

  // Report each finished batch once, even though polling re-renders many times.
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!batch || !settled || reported.current === batch.id) return;
    reported.current = batch.id;
    const images = states.flatMap((state) =>
      state?.status === "COMPLETED" && state.image ? [{ id: state.image.id, url: state.image.url }] : [],
    );
    if (images.length > 0) {
      void invalidateImages();
      onSaved?.(images);
    }
  }, [batch, settled, states, invalidateImages, onSaved]);

  async function submit(request?: StartGenerationInput) {
    if (!chosen && !request) return;
    const body = request ?? { prompt: prompt.trim(), profileId: chosen!.profile.id, tags, options: fittedOptions };
    setLastRequest(body);
    setBatch(null);
    try {
      const started = await start.mutateAsync(body);
      setBatch({ id: started.batchId, generationIds: started.generations.map((generation) => generation.id) });
    } catch {
      // start.error carries the message shown in the form.
    }
  }

  function handleOpenChange(next: boolean) {
    if (!next) {
      setBatch(null);
      start.reset();
    } else {
      setPrompt(initialPrompt);
    }
    onOpenChange(next);
  }

  const loading = profiles.isPending || providers.isPending;
  const loadError = profiles.error ?? providers.error;
  const failedMessage = settled && !anyCompleted ? failureMessage(states as GenerationState[]) : null;

  return (
    <Dialog open={open} onOpenChange={handleOpenChange}>
      <DialogContent
        size="lg"
        title="Generate image"
        description="Describe it, pick a profile, and watch it come to life. Images are saved to your gallery."
      >
        {loading && (
          <div role="status" className="flex items-center gap-2 py-8 text-sm text-fg-muted">
            <SpinnerIcon className="size-5 animate-spin" /> Loading your profiles…
          </div>
        )}
        {loadError && <Alert>{loadError.message}</Alert>}
        {!loading && !loadError && choices.length === 0 && (
          <Alert variant="info">
            None of your profiles can make images.{" "}
            <Link href="/settings" className="underline">
              Add one in Settings
            </Link>
            .
          </Alert>
        )}
        {!loading && chosen && !batch && (
          <GenerateForm
            choices={choices}
            prompt={prompt}
            onPromptChange={setPrompt}
            profileId={chosen.profile.id}
            onProfileChange={(id) => {
              setPickedProfileId(id);
              const next = choices.find((choice) => choice.profile.id === id);
              if (next) setOptions(defaultOptionsFor(next.capabilities));
            }}
            options={fittedOptions}
            onOptionsChange={setOptions}
            error={start.error?.message}
            submitting={start.isPending}
            onSubmit={() => void submit()}
            onCancel={() => handleOpenChange(false)}
          />
        )}
        {batch && !settled && (
          <GenerationProgress
            states={states}
            cancelling={cancel.isPending}
            onCancel={() => cancel.mutate(batch.generationIds)}
          />
        )}
        {batch && settled && anyCompleted && (
          <GenerationResults
            key={batch.id}
            states={states as GenerationState[]}
            onKeep={() => handleOpenChange(false)}
            onGenerateAgain={() => setBatch(null)}
            onDiscarded={onDiscarded}
          />
        )}
        {failedMessage && (
          <div className="flex flex-col gap-2">
            <Alert>{failedMessage}</Alert>
            <DialogFooter>
              <Button variant="secondary" onClick={() => setBatch(null)}>
                Edit request
              </Button>
              <Button onClick={() => lastRequest && void submit(lastRequest)} loading={start.isPending}>
                Retry
              </Button>
            </DialogFooter>
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}

function failureMessage(states: GenerationState[]): string {
  if (states.every((state) => state.status === "CANCELLED"))
    return "The generation was cancelled. No images were made.";
  const reason = states.find((state) => state.error?.message)?.error?.message;
  return reason ? `No images were made: ${reason}` : "No images were made. Please try again.";
}
