"use client";

import { useEffect, useRef } from "react";

/**
 * Brings the first invalid field of a form into view (centred, so a sticky header cannot cover
 * it) and focuses it; its aria-describedby message is read with it. A field that failed while
 * scrolled away is otherwise easy to miss. Returns the field, or null when none is invalid.
 */
export function focusFirstInvalid(container: ParentNode | null | undefined): HTMLElement | null {
  const field = container?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!field) return null;
  const reducedMotion =
    typeof window.matchMedia === "function" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // jsdom has no scrollIntoView; every browser does.
  field.scrollIntoView?.({ block: "center", behavior: reducedMotion ? "auto" : "smooth" });
  field.focus({ preventScroll: true });
  return field;
}

/**
 * For a form whose errors arrive as state or props: each time a new, non-empty errors object is
 * rendered, the first invalid field inside the returned ref's element gets focus.
 */
export function useFocusFirstInvalid<T extends HTMLElement>(errors: Record<string, unknown> | undefined) {
  const ref = useRef<T>(null);
  const hasErrors = errors !== undefined && Object.values(errors).some(Boolean);
  useEffect(() => {
    if (hasErrors) focusFirstInvalid(ref.current);
  }, [errors, hasErrors]);
  return ref;
}
