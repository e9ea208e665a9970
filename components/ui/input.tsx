"use client";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldIds } from "./field";

export type InputProps = ComponentProps<"input"> & {
  label: ReactNode;
  labelHidden?: boolean;
  /** Guidance shown under the field, e.g. a password rule. */
  hint?: ReactNode;
  /** Marks the field invalid and shows the message under it. */
  error?: ReactNode;
  /** Class for the wrapper (label + control + messages). */
  containerClassName?: string;
};

export function Input({
  id,
  label,
  labelHidden,
  hint,
  error,
  className,
  containerClassName,
  "aria-describedby": extraDescribedBy,
  ...props
}: InputProps) {
  const { controlId, hintId, errorId, describedBy, invalid } = useFieldIds(id, hint, error, extraDescribedBy);
  return (
    <Field {...{ controlId, hintId, errorId, label, labelHidden, hint, error }} className={containerClassName}>
      <input
        id={controlId}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={cn(controlStyles, "h-10", className)}
        {...props}
      />
    </Field>
  );
}
