"use client";

import { lazy, Suspense, useState } from "react";
import { Button } from "./button";
import type { ConfirmDeleteProps } from "./confirm-delete-dialog";

const loadDialog = () => import("./confirm-delete-dialog");
const ConfirmDeleteDialog = lazy(loadDialog);

/**
 * A danger button that asks first. The dialog (Radix Dialog with its focus trap) loads on the
 * first press, not with the page; until then the button is a stand-in with the same look.
 */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const [wanted, setWanted] = useState(false);
  const standIn = (
    <Button
      type="button"
      variant="danger"
      size="sm"
      aria-haspopup="dialog"
      aria-expanded={wanted}
      onPointerEnter={() => void loadDialog()}
      onFocus={() => void loadDialog()}
      onClick={() => setWanted(true)}
    >
      {props.label}
    </Button>
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <ConfirmDeleteDialog {...props} />
    </Suspense>
  );
}
