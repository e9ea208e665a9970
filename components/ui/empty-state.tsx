import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type EmptyStateProps = {
  /** A decorative icon (from ./icons); it is hidden from screen readers. */
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  /** A button or link, e.g. "Create your first character". */
  action?: ReactNode;
  /** Heading level of the title; h2 under a page's h1 by default. */
  headingLevel?: 2 | 3;
  className?: string;
};

/** Shown where a list or feature has nothing to display yet. */
export function EmptyState({ icon, title, description, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div
      className={cn(
        "flex flex-col items-center rounded-card border border-dashed border-line-strong bg-surface/50 px-6 py-14 text-center",
        className,
      )}
    >
      {icon && (
        <div
          aria-hidden="true"
          className="mb-5 flex size-14 items-center justify-center rounded-2xl border border-arcane/25 bg-arcane/10 text-arcane-300 shadow-[0_0_32px_-8px_rgb(139_92_246/0.5)] [&_svg]:size-7"
        >
          {icon}
        </div>
      )}
      <Heading className="font-display text-lg font-semibold text-ink-50">{title}</Heading>
      {description && <p className="mt-2 max-w-md text-sm text-fg-muted">{description}</p>}
      {action && <div className="mt-6">{action}</div>}
    </div>
  );
}
