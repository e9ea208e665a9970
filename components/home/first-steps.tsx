import Link from "next/link";
import { CheckIcon } from "@/components/ui/icons";
import { cn } from "@/lib/ui/cn";

export type FirstStep = { label: string; href: string; done: boolean };

/**
 * The first-visit path (a character → its portrait → a campaign → a map → tokens). Each step ticks
 * off from what the user has made, and the whole panel goes once every step is done.
 */
export function FirstSteps({ steps }: { steps: FirstStep[] }) {
  if (steps.every((step) => step.done)) return null;
  const next = steps.findIndex((step) => !step.done);
  const done = steps.filter((step) => step.done).length;
  return (
    <section
      aria-labelledby="first-steps-title"
      className="mb-10 rounded-card border border-accent/30 bg-accent/[0.05] p-5 sm:p-6"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="first-steps-title" className="text-xl font-semibold">
          Your first session, step by step
        </h2>
        <p className="text-sm text-fg-muted">
          {done} of {steps.length} done
        </p>
      </div>
      <ol className="mt-4 grid gap-2 sm:grid-cols-5">
        {steps.map((step, index) => (
          <li key={step.label}>
            <Link
              href={step.href}
              aria-current={index === next ? "step" : undefined}
              className={cn(
                "flex h-full items-center gap-3 rounded-lg border px-3 py-2.5 text-sm no-underline",
                step.done && "border-line bg-surface/60 text-fg-muted hover:text-ink-50",
                index === next && "border-accent/60 bg-surface-raised font-medium text-ink-50 hover:text-ink-50",
                !step.done && index !== next && "border-line bg-surface/60 text-fg hover:text-ink-50",
              )}
            >
              <span
                aria-hidden="true"
                className={cn(
                  "flex size-6 shrink-0 items-center justify-center rounded-full border text-xs",
                  step.done ? "border-success/60 bg-success/15 text-success" : "border-line-strong text-fg-muted",
                )}
              >
                {step.done ? <CheckIcon className="size-3.5" /> : index + 1}
              </span>
              <span>
                {step.label}
                {step.done && <span className="sr-only"> (done)</span>}
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
