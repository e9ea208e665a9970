"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldControl, type FieldControlProps } from "./field";

export type TextareaProps = ComponentProps<"textarea"> & FieldControlProps;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  const { field, control } = useFieldControl(props);
  return (
    <Field {...field}>
      <textarea
        rows={rows}
        {...control}
        className={cn(controlStyles, "min-h-20 resize-y py-2 leading-relaxed", className)}
      />
    </Field>
  );
}
