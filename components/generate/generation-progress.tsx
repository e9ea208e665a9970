"use client";

import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SpinnerIcon } from "@/components/ui/icons";
import type { GenerationState, GenerationStatusValue } from "@/lib/query/generations";

const STATUS: Record<GenerationStatusValue, { label: string; variant: BadgeVariant }> = {
  PENDING: { label: "Pending", variant: "neutral" },
  GENERATING: { label: "Generating", variant: "arcane" },
  COMPLETED: { label: "Completed", variant: "success" },
  FAILED: { label: "Failed", variant: "danger" },
  CANCELLED: { label: "Cancelled", variant: "warning" },
};

type GenerationProgressProps = {
  /** One entry per requested image; undefined until its first poll answers. */
  states: Array<GenerationState | undefined>;
  onCancel: () => void;
  cancelling: boolean;
};

/** Live status of each image in the batch while it runs. */
export function GenerationProgress({ states, onCancel, cancelling }: GenerationProgressProps) {
  return (
    <div className="flex flex-col gap-4">
      <ul className="flex flex-col gap-2" aria-label="Image progress">
        {states.map((state, index) => {
          const status = STATUS[state?.status ?? "PENDING"];
          const running = !state || state.status === "PENDING" || state.status === "GENERATING";
          return (
            <li
              key={state?.id ?? index}
              className="flex items-center gap-3 rounded-lg border border-line bg-surface-sunken/60 px-3 py-2.5 text-sm"
            >
              {running ? (
                <SpinnerIcon className="size-4 animate-spin text-arcane-300" />
              ) : (
                <span className="size-4" aria-hidden="true" />
              )}
              <span className="flex-1 text-fg-muted">Image {index + 1}</span>
              <Badge variant={status.variant}>{status.label}</Badge>
            </li>
          );
        })}
      </ul>
      <div role="status" className="sr-only">
        {states.filter((state) => state?.status === "COMPLETED").length} of {states.length} images ready
      </div>
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onCancel} loading={cancelling} loadingText="Cancelling…">
          Cancel
        </Button>
      </div>
    </div>
  );
}
