import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";
import { AlertIcon, SuccessIcon } from "./icons";

export type AlertVariant = "error" | "success" | "info";

const variants: Record<AlertVariant, string> = {
  error: "border-danger/40 bg-danger/10 text-danger-soft",
  success: "border-success/35 bg-success/10 text-success-soft",
  info: "border-arcane/35 bg-arcane/10 text-arcane-100",
};

export type AlertProps = ComponentProps<"div"> & { variant?: AlertVariant };

/**
 * An inline message, e.g. a form-level error. Errors use role="alert" so they are announced the
 * moment they appear; render the element only when there is something to say.
 */
export function Alert({ variant = "error", className, children, ...props }: AlertProps) {
  const Icon = variant === "success" ? SuccessIcon : AlertIcon;
  return (
    <div
      role={variant === "error" ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2.5 rounded-lg border px-3.5 py-3 text-sm leading-snug",
        variants[variant],
        className,
      )}
      {...props}
    >
      <Icon className="mt-px size-[1.125rem] shrink-0" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
