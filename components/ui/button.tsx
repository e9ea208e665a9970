import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";
import { SpinnerIcon } from "./icons";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "lg" | "icon";

const base =
  "inline-flex shrink-0 items-center justify-center gap-2 whitespace-nowrap rounded-lg font-medium no-underline select-none " +
  "transition-[background-color,border-color,color,box-shadow,transform] duration-150 " +
  "enabled:active:translate-y-px disabled:cursor-not-allowed disabled:opacity-55 aria-disabled:cursor-not-allowed aria-disabled:opacity-55";

const variants: Record<ButtonVariant, string> = {
  primary:
    "bg-accent text-accent-fg shadow-[inset_0_1px_0_rgb(255_255_255/0.35),0_6px_20px_-8px_rgb(241_172_43/0.55)] " +
    "hover:bg-accent-hover hover:text-accent-fg active:bg-accent-active",
  secondary:
    "border border-line-strong bg-surface-raised text-fg hover:border-ink-500 hover:bg-ink-700 hover:text-ink-50",
  ghost: "text-fg-muted hover:bg-white/[0.06] hover:text-ink-50",
  danger:
    "bg-danger-strong text-white shadow-[inset_0_1px_0_rgb(255_255_255/0.2)] hover:bg-rose-500 hover:text-white active:bg-rose-700",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm [&_svg]:size-4",
  md: "h-10 px-4 text-sm [&_svg]:size-[1.125rem]",
  lg: "h-12 px-6 text-base [&_svg]:size-5",
  icon: "size-10 [&_svg]:size-5",
};

/** The button look, for links and other elements that should appear as a button. */
export function buttonStyles({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(base, variants[variant], sizes[size], className);
}

export type ButtonProps = ComponentProps<"button"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Shows a spinner, disables the button and marks it busy while an action runs. */
  loading?: boolean;
  /** Replaces the label while loading (e.g. "Signing in…"); the label stays if omitted. */
  loadingText?: string;
};

export function Button({
  variant = "primary",
  size = "md",
  loading = false,
  loadingText,
  disabled,
  type = "button",
  className,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonStyles({ variant, size, className })}
      {...props}
    >
      {loading && <SpinnerIcon className="animate-spin" />}
      {loading && loadingText ? loadingText : children}
    </button>
  );
}
