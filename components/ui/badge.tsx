import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

export type BadgeVariant = "neutral" | "accent" | "arcane" | "success" | "warning" | "danger";

const variants: Record<BadgeVariant, string> = {
  neutral: "border-line-strong bg-white/[0.04] text-fg-muted",
  accent: "border-accent/30 bg-accent/10 text-accent-soft",
  arcane: "border-arcane/30 bg-arcane/10 text-arcane-200",
  success: "border-success/30 bg-success/10 text-success-soft",
  warning: "border-warning/30 bg-warning/10 text-warning-soft",
  danger: "border-danger/30 bg-danger/10 text-danger-soft",
};

export type BadgeProps = ComponentProps<"span"> & { variant?: BadgeVariant };

/** A small status or category label. Colour is never the only signal: keep the text meaningful. */
export function Badge({ variant = "neutral", className, ...props }: BadgeProps) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium leading-5",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
