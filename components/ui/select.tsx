"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { cn } from "@/lib/ui/cn";
import { Field, controlStyles, useFieldIds, type FieldControlProps } from "./field";
import { CheckIcon, ChevronDownIcon } from "./icons";

export type SelectOption = {
  /** Must not be the empty string (Radix reserves it for "no value"). */
  value: string;
  label: string;
  disabled?: boolean;
};

export type SelectProps = FieldControlProps & {
  id?: string;
  options: SelectOption[];
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  placeholder?: string;
  /** With a name, a hidden native select carries the value in form submissions. */
  name?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
};

export function Select({
  id,
  label,
  labelHidden,
  hint,
  error,
  options,
  placeholder = "Choose…",
  className,
  containerClassName,
  ...rootProps
}: SelectProps) {
  const { controlId, hintId, errorId, describedBy, invalid } = useFieldIds(id, hint, error);
  return (
    <Field {...{ controlId, hintId, errorId, label, labelHidden, hint, error }} className={containerClassName}>
      <SelectPrimitive.Root {...rootProps}>
        <SelectPrimitive.Trigger
          id={controlId}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={cn(
            controlStyles,
            "flex h-10 items-center justify-between gap-2 text-left data-placeholder:text-fg-subtle",
            className,
          )}
        >
          <span className="truncate">
            <SelectPrimitive.Value placeholder={placeholder} />
          </span>
          <SelectPrimitive.Icon className="text-fg-subtle">
            <ChevronDownIcon className="size-4" />
          </SelectPrimitive.Icon>
        </SelectPrimitive.Trigger>
        <SelectPrimitive.Portal>
          <SelectPrimitive.Content
            position="popper"
            sideOffset={6}
            className={cn(
              "z-50 min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-lg border border-line-strong",
              "max-h-[min(20rem,var(--radix-select-content-available-height))] bg-surface-raised text-fg shadow-overlay",
              "data-[state=open]:animate-pop-in",
            )}
          >
            <SelectPrimitive.ScrollUpButton className="flex h-6 items-center justify-center text-fg-subtle">
              <ChevronDownIcon className="size-4 rotate-180" />
            </SelectPrimitive.ScrollUpButton>
            <SelectPrimitive.Viewport className="p-1">
              {options.map((option) => (
                <SelectPrimitive.Item
                  key={option.value}
                  value={option.value}
                  disabled={option.disabled}
                  className={cn(
                    "relative flex cursor-default select-none items-center rounded-md py-2 pl-8 pr-3 text-sm outline-none",
                    "data-highlighted:bg-arcane-500/20 data-highlighted:text-ink-50 data-disabled:opacity-45",
                  )}
                >
                  <SelectPrimitive.ItemIndicator className="absolute left-2 inline-flex text-accent">
                    <CheckIcon className="size-4" />
                  </SelectPrimitive.ItemIndicator>
                  <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                </SelectPrimitive.Item>
              ))}
            </SelectPrimitive.Viewport>
            <SelectPrimitive.ScrollDownButton className="flex h-6 items-center justify-center text-fg-subtle">
              <ChevronDownIcon className="size-4" />
            </SelectPrimitive.ScrollDownButton>
          </SelectPrimitive.Content>
        </SelectPrimitive.Portal>
      </SelectPrimitive.Root>
    </Field>
  );
}
