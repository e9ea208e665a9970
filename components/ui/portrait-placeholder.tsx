import { initialsOf } from "@/lib/ui/initials";
import { cn } from "@/lib/ui/cn";

/**
 * Where a portrait will be: the character's initials in a ringed circle (the user menu's avatar,
 * larger) on a tinted panel, and a word on what is happening. One image to assistive technology.
 */
export function PortraitPlaceholder({
  name,
  generating = false,
  className,
}: {
  name: string;
  generating?: boolean;
  className?: string;
}) {
  return (
    <div
      role="img"
      aria-label={generating ? `Portrait of ${name} being generated` : `${name} has no portrait yet`}
      data-testid="portrait-placeholder"
      className={cn(
        "flex size-full flex-col items-center justify-center gap-1.5 bg-linear-to-br from-arcane-500/25 via-surface-raised to-gold-300/10",
        className,
      )}
    >
      <span
        aria-hidden="true"
        className={cn(
          "flex size-12 items-center justify-center rounded-full bg-linear-to-br from-gold-300 to-arcane-500 p-px",
          generating && "animate-pulse",
        )}
      >
        <span className="flex size-full items-center justify-center rounded-full bg-surface-raised font-display text-base font-semibold tracking-wide text-ink-50">
          {initialsOf(name)}
        </span>
      </span>
      <span aria-hidden="true" className="text-[11px] leading-none text-fg-subtle">
        {generating ? "Generating…" : "No portrait"}
      </span>
    </div>
  );
}
