"use client";

import { useEffect } from "react";

type Options = {
  count: number;
  focused: number;
  /** An arrow moved the focus: the grid scrolls the tile into view and focuses it. */
  onMove: (index: number) => void;
  dialogOpen: boolean;
  onOpen: (index: number) => void;
  onFavorite: (index: number) => void;
  onDelete: (index: number) => void;
  onClear: () => void;
  openIndex: number;
  onMoveOpen: (index: number) => void;
  onFavoriteOpen: () => void;
  onDeleteOpen: () => void;
};

/**
 * Gallery keys: arrows move (in the grid, or image to image in the dialog), Enter opens, F
 * favorites, Delete asks to delete, Escape clears the selection (Radix closes dialogs itself).
 * Keys typed into a field are left alone; a focused tile checkbox is not a field (Escape there still
 * clears the selection).
 */
export function useGalleryKeyboard(options: Options) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (isTextEntry(target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const o = options;
      if (o.openIndex >= 0) {
        if (event.key === "ArrowRight" && o.openIndex < o.count - 1) o.onMoveOpen(o.openIndex + 1);
        else if (event.key === "ArrowLeft" && o.openIndex > 0) o.onMoveOpen(o.openIndex - 1);
        else if (event.key === "f" || event.key === "F") o.onFavoriteOpen();
        else if (event.key === "Delete") o.onDeleteOpen();
        else return;
        event.preventDefault();
        return;
      }
      if (o.dialogOpen || o.count === 0) return;
      const columns = gridColumns();
      const move: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns };
      if (event.key in move) {
        const next = Math.min(o.count - 1, Math.max(0, o.focused + move[event.key]));
        o.onMove(next);
      } else if (event.key === "Enter") o.onOpen(o.focused);
      else if (event.key === "f" || event.key === "F") o.onFavorite(o.focused);
      else if (event.key === "Delete") o.onDelete(o.focused);
      else if (event.key === "Escape") o.onClear();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  });
}

const NOT_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

function isTextEntry(target: HTMLElement | null): boolean {
  const field = target?.closest<HTMLElement>("input, textarea, select, [contenteditable=true]");
  if (!field) return false;
  return !(field instanceof HTMLInputElement && NOT_TEXT_INPUTS.has(field.type));
}

function gridColumns(): number {
  return Number(document.querySelector<HTMLElement>("[data-gallery-grid]")?.dataset.columns) || 1;
}
