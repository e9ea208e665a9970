"use client";
import { STAGES, type Stage, type StageTimings } from "./use-map-generation";

const LABELS: Record<Stage, string> = { layout: "Layout", render: "Render", export: "Export" };

/** Layout → render → export: the active stage while a map is made, then what each stage took. */
export function GenerationStages({ stage, timings }: { stage: Stage | null; timings: StageTimings | null }) {
  if (!stage && !timings) return null;
  const active = stage ? STAGES.indexOf(stage) : STAGES.length;
  return (
    <ol className="flex flex-wrap items-center gap-2 text-sm" aria-label="Generation progress" role="status">
      {STAGES.map((s, i) => {
        const state = i < active ? "done" : i === active ? "active" : "waiting";
        const ms = timings?.[`${s}Ms`];
        return (
          <li key={s} data-stage={s} data-state={state} className="flex items-center gap-2">
            {i > 0 && (
              <span aria-hidden className="text-white/30">
                →
              </span>
            )}
            <span
              className={
                state === "done"
                  ? "rounded-full bg-emerald-500/20 px-3 py-1 text-emerald-300"
                  : state === "active"
                    ? "animate-pulse rounded-full bg-amber-500/20 px-3 py-1 text-amber-300"
                    : "rounded-full bg-white/5 px-3 py-1 text-white/40"
              }
            >
              {state === "done" ? "✓ " : ""}
              {LABELS[s]}
              {state === "active" ? "…" : ""}
              {ms !== undefined ? ` ${ms} ms` : ""}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
