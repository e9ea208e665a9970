import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

export type CardProps = ComponentProps<"div"> & {
  /** Adds hover feedback for cards that are (or contain) a single link. */
  interactive?: boolean;
};

/** A raised panel. Compose with CardHeader, CardTitle, CardDescription, CardContent, CardFooter. */
export function Card({ interactive = false, className, ...props }: CardProps) {
  return (
    <div
      className={cn(
        "relative flex flex-col rounded-card border border-line bg-surface/90 shadow-card",
        interactive &&
          "transition-[border-color,background-color,transform] duration-200 hover:-translate-y-0.5 hover:border-accent/40 hover:bg-surface-raised focus-within:border-accent/40",
        className,
      )}
      {...props}
    />
  );
}

export function CardHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1.5 p-5 pb-0", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h3">) {
  return <h3 className={cn("font-display text-lg font-semibold leading-snug text-ink-50", className)} {...props} />;
}

export function CardDescription({ className, ...props }: ComponentProps<"p">) {
  return <p className={cn("text-sm text-fg-muted", className)} {...props} />;
}

export function CardContent({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("p-5", className)} {...props} />;
}

export function CardFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("mt-auto flex items-center gap-2 border-t border-line px-5 py-3", className)} {...props} />;
}
