"use client";

import Image from "next/image";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import type { GenerationState } from "@/lib/query/generations";

type GenerationResultsProps = {
  states: GenerationState[];
  onKeep: () => void;
  onGenerateAgain: () => void;
};

/** The finished batch: every image made (already saved to the gallery) and what went wrong with the rest. */
export function GenerationResults({ states, onKeep, onGenerateAgain }: GenerationResultsProps) {
  const images = states.flatMap((state) => (state.status === "COMPLETED" && state.image ? [state.image] : []));
  const problems = states.filter((state) => state.status !== "COMPLETED");
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-fg-muted">
        {images.length === 1 ? "Your image is" : `${images.length} images are`} saved to your gallery.
      </p>
      <ul className="grid grid-cols-2 gap-3" aria-label="Generated images">
        {images.map((image, index) => (
          <li key={image.id} className="overflow-hidden rounded-lg border border-line bg-surface-sunken">
            {/* The file route checks the session cookie, which the image optimizer would not send. */}
            <Image
              src={image.url}
              alt={`Generated image ${index + 1}`}
              width={image.width ?? 512}
              height={image.height ?? 512}
              unoptimized
              className="aspect-square h-auto w-full object-cover"
            />
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <Alert>
          {problems.length} image{problems.length === 1 ? "" : "s"} did not finish:{" "}
          {problems.map((state) => state.error?.message || state.status.toLowerCase()).filter((text, index, all) => all.indexOf(text) === index).join("; ")}
        </Alert>
      )}
      <DialogFooter className="mt-2">
        <Button variant="secondary" onClick={onGenerateAgain}>
          Generate again
        </Button>
        <Button onClick={onKeep}>Keep</Button>
      </DialogFooter>
    </div>
  );
}
