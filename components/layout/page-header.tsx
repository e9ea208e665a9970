import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Buttons or links aligned to the end of the title row. */
  actions?: ReactNode;
  className?: string;
};

/** The h1 and intro of a page. */
export function PageHeader({ title, description, actions, className }: PageHeaderProps) {
  return (
    <div className={cn("mb-8 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between", className)}>
      <div className="min-w-0">
        <h1 className="text-3xl font-semibold sm:text-4xl">{title}</h1>
        {description && <p className="mt-2 max-w-2xl text-fg-muted">{description}</p>}
      </div>
      {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
    </div>
  );
}
