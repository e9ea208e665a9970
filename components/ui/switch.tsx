"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type SwitchProps = {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  className?: string;
};

/**
 * An on/off control: a button with role="switch" and aria-checked (Space and Enter toggle it, as
 * for any button), labelled by a real <label> so clicking the words toggles it too.
 */
export function Switch({ label, checked, onCheckedChange, disabled, className }: SwitchProps) {
  const id = `switch-${useId()}`;
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        disabled={disabled}
        onClick={() => onCheckedChange(!checked)}
        className={cn(
          "relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border transition-colors duration-150",
          "disabled:cursor-not-allowed disabled:opacity-55",
          checked ? "border-accent/70 bg-accent/80" : "border-line-strong bg-surface-sunken/70 hover:border-ink-500",
        )}
      >
        <span
          aria-hidden
          className={cn(
            "inline-block size-3.5 rounded-full shadow-[0_1px_2px_rgb(0_0_0/0.4)] transition-transform duration-150",
            checked ? "translate-x-[1.125rem] bg-accent-fg" : "translate-x-0.5 bg-fg-muted",
          )}
        />
      </button>
      <label htmlFor={id} className={cn("select-none", disabled ? "opacity-55" : "cursor-pointer")}>
        {label}
      </label>
    </span>
  );
}
