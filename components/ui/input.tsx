"use client";

import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldControl, type FieldControlProps } from "./field";

export type InputProps = ComponentProps<"input"> & FieldControlProps;

export function Input({ className, ...props }: InputProps) {
  const { field, control } = useFieldControl(props);
  return (
    <Field {...field}>
      <input {...control} className={cn(controlStyles, "h-10", className)} />
    </Field>
  );
}
