"use client";

import { useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "./dialog";

export type ConfirmDeleteProps = {
  /** The trigger button's text, e.g. "Delete character". */
  label: string;
  title: string;
  description: string;
  /** Runs on confirmation; a thrown error is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  pending?: boolean;
};

/**
 * ConfirmDelete's dialog (Radix: focus trapped, Escape cancels, focus back on the trigger), loaded
 * by ConfirmDelete on the first press of its button and opened at once.
 */
export default function ConfirmDeleteDialog({
  label,
  title,
  description,
  onConfirm,
  pending = false,
}: ConfirmDeleteProps) {
  const [open, setOpen] = useState(true);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "Could not delete");
    }
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="danger" size="sm">
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent size="sm" title={title} description={description}>
        {error && <Alert variant="error">{error}</Alert>}
        <DialogFooter className={error ? undefined : "mt-0"}>
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            type="button"
            variant="danger"
            onClick={() => void confirm()}
            loading={pending}
            loadingText="Deleting…"
          >
            {label}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
