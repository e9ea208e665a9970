"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { AlertIcon } from "./icons";

/** The look shared by text inputs, textareas and the select trigger. */
export const controlStyles =
  "block w-full rounded-lg border border-line-strong bg-surface-sunken/70 px-3 text-[0.9375rem] text-fg " +
  "shadow-[inset_0_1px_2px_rgb(0_0_0/0.35)] transition-[border-color,background-color] duration-150 " +
  "placeholder:text-fg-subtle hover:border-ink-500 focus-visible:border-accent/70 focus-visible:outline-offset-1 " +
  "disabled:cursor-not-allowed disabled:opacity-55 " +
  "aria-invalid:border-danger/80 aria-invalid:focus-visible:outline-danger";

/** Ids that tie a control to its label, hint and error text. */
export function useFieldIds(id: string | undefined, hint: ReactNode, error: ReactNode, describedBy?: string) {
  const generated = useId();
  const controlId = id ?? `field-${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  return {
    controlId,
    hintId,
    errorId,
    describedBy: cn(hint ? hintId : null, error ? errorId : null, describedBy) || undefined,
    invalid: error ? true : undefined,
  };
}

/** The props every labelled control (Input, Textarea, Select) adds to its element's own. */
export type FieldControlProps = {
  label: ReactNode;
  /** Keeps the label for screen readers but hides it visually. */
  labelHidden?: boolean;
  /** Guidance shown under the field, e.g. a password rule. */
  hint?: ReactNode;
  /** Marks the field invalid and shows the message under it. */
  error?: ReactNode;
  /** Class for the wrapper (label + control + messages). */
  containerClassName?: string;
};

/**
 * Splits a native control's props into those of its Field wrapper and those of the element, the
 * element getting the id and aria attributes that tie it to the label, hint and error.
 */
export function useFieldControl<P extends FieldControlProps & { id?: string; "aria-describedby"?: string }>(props: P) {
  const {
    id,
    label,
    labelHidden,
    hint,
    error,
    containerClassName,
    "aria-describedby": extraDescribedBy,
    ...rest
  } = props;
  const { controlId, hintId, errorId, describedBy, invalid } = useFieldIds(id, hint, error, extraDescribedBy);
  return {
    field: { controlId, hintId, errorId, label, labelHidden, hint, error, className: containerClassName },
    control: { ...rest, id: controlId, "aria-invalid": invalid, "aria-describedby": describedBy },
  };
}

export type FieldProps = {
  controlId: string;
  hintId: string;
  errorId: string;
  label: ReactNode;
  /** Keeps the label for screen readers but hides it visually. */
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: ReactNode;
};

/** Label above, control, then hint and error text below. */
export function Field({
  controlId,
  hintId,
  errorId,
  label,
  labelHidden,
  hint,
  error,
  className,
  children,
}: FieldProps) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className={cn("text-sm font-medium text-ink-100", labelHidden && "sr-only")}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={hintId} className="text-xs leading-snug text-fg-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="flex items-start gap-1.5 text-xs font-medium leading-snug text-danger">
          <AlertIcon className="mt-px size-3.5 shrink-0" />
          <span>{error}</span>
        </p>
      )}
    </div>
  );
}
