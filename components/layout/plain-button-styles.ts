/**
 * The primary and secondary button looks as fixed class strings, for the error boundaries: they
 * load with every page, and buttonStyles() would bring tailwind-merge into every page's first
 * load. Keep in step with components/ui/button.tsx.
 */
export const PLAIN_PRIMARY_BUTTON =
  "inline-flex h-10 items-center justify-center gap-2 rounded-lg bg-accent px-4 text-sm font-medium text-accent-fg no-underline " +
  "shadow-[inset_0_1px_0_rgb(255_255_255/0.35),0_6px_20px_-8px_rgb(241_172_43/0.55)] hover:bg-accent-hover hover:text-accent-fg";

export const PLAIN_SECONDARY_BUTTON =
  "inline-flex h-10 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface-raised px-4 text-sm font-medium text-fg " +
  "no-underline hover:border-ink-500 hover:bg-ink-700 hover:text-ink-50";
