"use client";

import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldIds } from "./field";

export type TextareaProps = ComponentProps<"textarea"> & {
  label: ReactNode;
  labelHidden?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  containerClassName?: string;
};

export function Textarea({
  id,
  label,
  labelHidden,
  hint,
  error,
  className,
  containerClassName,
  rows = 4,
  "aria-describedby": extraDescribedBy,
  ...props
}: TextareaProps) {
  const { controlId, hintId, errorId, describedBy, invalid } = useFieldIds(id, hint, error, extraDescribedBy);
  return (
    <Field {...{ controlId, hintId, errorId, label, labelHidden, hint, error }} className={containerClassName}>
      <textarea
        id={controlId}
        rows={rows}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        className={cn(controlStyles, "min-h-20 resize-y py-2 leading-relaxed", className)}
        {...props}
      />
    </Field>
  );
}
