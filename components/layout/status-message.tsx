import type { ReactNode } from "react";

export type StatusMessageProps = {
  /** A short line above the title, e.g. "404". */
  eyebrow: string;
  title: string;
  children: ReactNode;
  /** Links or buttons: where to go from here. */
  actions: ReactNode;
};

/** The body of the not-found and error pages: what happened, in the app's theme, and a way on. */
export function StatusMessage({ eyebrow, title, children, actions }: StatusMessageProps) {
  return (
    <section
      aria-labelledby="status-title"
      className="mx-auto flex max-w-lg flex-col items-center py-12 text-center sm:py-20"
    >
      <p className="font-display text-sm font-semibold uppercase tracking-[0.2em] text-accent">{eyebrow}</p>
      <h1 id="status-title" className="mt-3 text-3xl font-semibold text-ink-50 sm:text-4xl">
        {title}
      </h1>
      <div className="mt-4 text-fg-muted">{children}</div>
      <div className="mt-8 flex flex-wrap justify-center gap-3">{actions}</div>
    </section>
  );
}
