"use client";

import { useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";

/**
 * Per-field error messages for the sign-in and sign-up forms: showing them scrolls to and focuses
 * the first invalid field (after React has rendered aria-invalid, hence flushSync), and editing a
 * field clears its message. Spread `formProps` on the <form>.
 */
export function useFieldErrors<Field extends string>() {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});

  function showFieldErrors(errors: Partial<Record<Field, string>>) {
    flushSync(() => setFieldErrors(errors));
    focusFirstInvalid(formRef.current);
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const target: EventTarget = event.target;
    if (!(target instanceof HTMLInputElement) || !(target.name in fieldErrors)) return;
    setFieldErrors((current) => {
      const next = { ...current };
      delete next[target.name as Field];
      return next;
    });
  }

  return {
    fieldErrors,
    showFieldErrors,
    clearFieldErrors: () => setFieldErrors({}),
    formProps: { ref: formRef, noValidate: true, onChange },
  };
}
