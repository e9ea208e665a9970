"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { cn } from "@/lib/ui/cn";
import { CheckIcon, ChevronDownIcon } from "./icons";
import type { SelectOption } from "./select";

export type SelectMenuProps = {
  triggerProps: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string; className: string };
  options: SelectOption[];
  placeholder: string;
  value?: string;
  defaultValue?: string;
  onValueChange?: (value: string) => void;
  name?: string;
  required?: boolean;
  disabled?: boolean;
  /** Opens at once: the menu loads on the first press of Select's stand-in trigger. */
  defaultOpen: boolean;
};

/**
 * The Radix Select itself (its listbox, typeahead and positioning engine), loaded by Select on the
 * first press of its trigger, which this one replaces with the same look.
 */
export default function SelectMenu({ triggerProps, options, placeholder, ...rootProps }: SelectMenuProps) {
  return (
    <SelectPrimitive.Root {...rootProps}>
      <SelectPrimitive.Trigger {...triggerProps}>
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
  );
}
