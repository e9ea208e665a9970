"use client";

import Image from "next/image";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { CloseIcon } from "@/components/ui/icons";
import { useBulkImages } from "@/lib/query/gallery";
import type { GenerationState } from "@/lib/query/generations";

type GenerationResultsProps = {
  states: GenerationState[];
  onKeep: () => void;
  onGenerateAgain: () => void;
  /** Called with the ids of images the user discarded (they are deleted from the gallery). */
  onDiscarded?: (imageIds: string[]) => void;
};

/**
 * The finished batch: every image made (already saved to the gallery) and what went wrong with the
 * rest. Each image can be discarded, or all at once: that deletes it, its generation and its file
 * through the gallery's bulk API (which also refreshes every gallery query).
 */
export function GenerationResults({ states, onKeep, onGenerateAgain, onDiscarded }: GenerationResultsProps) {
  const images = states.flatMap((state) => (state.status === "COMPLETED" && state.image ? [state.image] : []));
  const problems = states.filter((state) => state.status !== "COMPLETED");
  const bulk = useBulkImages();
  const [discarded, setDiscarded] = useState<string[]>([]);
  const [discarding, setDiscarding] = useState<string[]>([]);
  const [discardError, setDiscardError] = useState<string | null>(null);

  const kept = images.filter((image) => !discarded.includes(image.id));

  async function discard(ids: string[]) {
    if (ids.length === 0) return;
    setDiscarding(ids);
    setDiscardError(null);
    try {
      const result = await bulk.mutateAsync({ action: "delete", image_ids: ids });
      // "Not found" means it is gone already (or was never yours to delete): either way it is not in the gallery.
      const gone = [
        ...result.updated,
        ...result.failed.filter((item) => /not found/i.test(item.error)).map((item) => item.image_id),
      ];
      setDiscarded((previous) => [...previous, ...gone]);
      if (gone.length) onDiscarded?.(gone);
      const left = result.failed.filter((item) => !gone.includes(item.image_id));
      if (left.length)
        setDiscardError(`${left.length} image${left.length === 1 ? "" : "s"} could not be discarded: ${left[0].error}`);
    } catch (error) {
      setDiscardError(
        error instanceof Error ? `Could not discard: ${error.message}` : "Could not discard. Please try again.",
      );
    } finally {
      setDiscarding([]);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted" role="status">
        {kept.length === 0
          ? `${discarded.length === 1 ? "The image was" : "All images were"} discarded and removed from your gallery.`
          : `${kept.length === 1 ? "Your image is" : `${kept.length} images are`} saved to your gallery.${discarded.length ? ` ${discarded.length} discarded.` : ""}`}
      </p>
      {kept.length > 0 && (
        <ul className="grid grid-cols-2 gap-3" aria-label="Generated images">
          {images.map((image, index) =>
            discarded.includes(image.id) ? null : (
              <li
                key={image.id}
                className="group relative overflow-hidden rounded-lg border border-line bg-surface-sunken"
              >
                {/* The file route checks the session cookie, which the image optimizer would not send. */}
                <Image
                  src={image.url}
                  alt={`Generated image ${index + 1}`}
                  width={image.width ?? 512}
                  height={image.height ?? 512}
                  unoptimized
                  className="aspect-square h-auto w-full object-cover"
                />
                <div className="absolute inset-x-0 bottom-0 flex justify-end bg-gradient-to-t from-black/70 to-transparent p-2">
                  <Button
                    size="sm"
                    variant="secondary"
                    aria-label={`Discard image ${index + 1}`}
                    loading={discarding.includes(image.id)}
                    disabled={discarding.length > 0}
                    onClick={() => void discard([image.id])}
                  >
                    <CloseIcon /> Discard
                  </Button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {problems.length > 0 && (
        <Alert>
          {problems.length} image{problems.length === 1 ? "" : "s"} did not finish:{" "}
          {problems
            .map((state) => state.error?.message || state.status.toLowerCase())
            .filter((text, index, all) => all.indexOf(text) === index)
            .join("; ")}
        </Alert>
      )}
      {discardError && <Alert>{discardError}</Alert>}
      <DialogFooter className="mt-2">
        {kept.length > 1 && (
          <Button
            variant="ghost"
            className="sm:mr-auto"
            loading={discarding.length > 1}
            disabled={discarding.length > 0}
            onClick={() => void discard(kept.map((image) => image.id))}
          >
            Discard all
          </Button>
        )}
        <Button variant="secondary" onClick={onGenerateAgain} disabled={discarding.length > 0}>
          Generate again
        </Button>
        <Button onClick={onKeep} disabled={discarding.length > 0}>
          {kept.length === 0 ? "Done" : "Keep"}
        </Button>
      </DialogFooter>
    </div>
  );
}
