"use client";

import { useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog, DialogContent, DialogFooter, DialogTrigger } from "./dialog";

type ConfirmDeleteProps = {
  /** The trigger button's text, e.g. "Delete character". */
  label: string;
  title: string;
  description: string;
  /** Runs on confirmation; a thrown error is shown in the dialog, which stays open. */
  onConfirm: () => Promise<void>;
  pending?: boolean;
};

/** A danger button that asks first (Radix dialog: focus trapped, Escape cancels). */
export function ConfirmDelete({ label, title, description, onConfirm, pending = false }: ConfirmDeleteProps) {
  const [open, setOpen] = useState(false);
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
          <Button type="button" variant="danger" onClick={() => void confirm()} loading={pending} loadingText="Deleting…">
            {label}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
