"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type SliderProps = {
  label: ReactNode;
  value: number;
  min: number;
  max: number;
  step?: number;
  onValueChange: (value: number) => void;
  /** What the current value reads as (shown beside the track and announced), e.g. "2×". */
  formatValue?: (value: number) => string;
  className?: string;
};

/** The filled part of the track (the accent) and the rest (the line colour), as in tailwind.config.ts. */
const TRACK_FILLED = "#f1ac2b";
const TRACK_EMPTY = "#262c3d";

/**
 * A range control in the app's look: a native range input (so keyboard, touch and screen readers
 * behave as users expect) with the browser's own track and thumb replaced, a label and the value.
 */
export function Slider({
  label,
  value,
  min,
  max,
  step = 1,
  onValueChange,
  formatValue = String,
  className,
}: SliderProps) {
  const id = `slider-${useId()}`;
  const filled = ((value - min) / (max - min)) * 100;
  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <label htmlFor={id} className="select-none">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={formatValue(value)}
        onChange={(e) => onValueChange(Number(e.target.value))}
        style={{ background: `linear-gradient(to right, ${TRACK_FILLED} ${filled}%, ${TRACK_EMPTY} ${filled}%)` }}
        className={cn(
          "h-1.5 w-32 cursor-pointer appearance-none rounded-full focus-visible:outline-offset-4",
          // Literal classes (the stylesheet is built from the words in the source).
          "[&::-webkit-slider-thumb]:size-4 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border-2 [&::-webkit-slider-thumb]:border-accent [&::-webkit-slider-thumb]:bg-surface-raised",
          "[&::-moz-range-thumb]:size-4 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-2 [&::-moz-range-thumb]:border-accent [&::-moz-range-thumb]:bg-surface-raised",
        )}
      />
      {/* Not an <output> (a live status region): the input's aria-valuetext already says the value. */}
      <span aria-hidden className="w-10 tabular-nums text-fg-muted">
        {formatValue(value)}
      </span>
    </span>
  );
}
