"use client";
import { controlStyles } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";
import {
  CREATURE_SIZES,
  DISPOSITIONS,
  OFFSET_RANGE,
  RING_COLOR,
  RING_WIDTH_RANGE,
  ZOOM_RANGE,
} from "@/lib/schemas/token-vocabulary";
import type { PreviewLook } from "./token-preview";

export type TokenLook = PreviewLook & { format: "webp" | "png" };
export const DEFAULT_LOOK: TokenLook = {
  disposition: "NEUTRAL",
  size: "MEDIUM",
  zoom: 1,
  offsetX: 0,
  offsetY: 0,
  background: "#1f2937",
  ringWidth: 0.05,
  format: "webp",
};

const DISPOSITION_LABEL = {
  PC: "Player character",
  FRIENDLY: "Friendly",
  NEUTRAL: "Neutral",
  HOSTILE: "Hostile",
} as const;
const label = "flex flex-col gap-1.5 text-sm font-medium text-fg";

/** Disposition (ring colour), creature size, zoom, offset, ring width, background and format. */
export function TokenStyleFields({ look, onChange }: { look: TokenLook; onChange: (look: TokenLook) => void }) {
  const set = <K extends keyof TokenLook>(key: K, value: TokenLook[K]) => onChange({ ...look, [key]: value });
  return (
    <div className="space-y-5">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Disposition</legend>
        <div className="grid grid-cols-2 gap-2">
          {DISPOSITIONS.map((d) => (
            <label
              key={d}
              className={cn(
                "flex cursor-pointer items-center gap-2 rounded-lg border px-3 py-2 text-sm transition-colors",
                look.disposition === d ? "border-accent/70 bg-accent/10" : "border-line hover:border-line-strong",
              )}
            >
              <input
                type="radio"
                name="disposition"
                value={d}
                checked={look.disposition === d}
                onChange={() => set("disposition", d)}
                className="sr-only"
              />
              <span
                className="h-3 w-3 shrink-0 rounded-full ring-2 ring-black/40"
                style={{ background: RING_COLOR[d] }}
                aria-hidden
              />
              {DISPOSITION_LABEL[d]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <label className={label}>
          Creature size
          <select
            aria-label="Creature size"
            className={cn(controlStyles, "h-10")}
            value={look.size}
            onChange={(e) => set("size", e.target.value as TokenLook["size"])}
          >
            {CREATURE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s[0] + s.slice(1).toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <label className={label}>
          Format
          <select
            aria-label="Format"
            className={cn(controlStyles, "h-10")}
            value={look.format}
            onChange={(e) => set("format", e.target.value as TokenLook["format"])}
          >
            <option value="webp">WebP (smaller)</option>
            <option value="png">PNG</option>
          </select>
        </label>
      </div>
      <Slider
        label="Zoom"
        value={look.zoom}
        {...ZOOM_RANGE}
        step={0.05}
        format={(v) => `${Math.round(v * 100)}%`}
        onChange={(v) => set("zoom", v)}
      />
      <Slider
        label="Offset left/right"
        value={look.offsetX}
        {...OFFSET_RANGE}
        step={0.01}
        format={percent}
        onChange={(v) => set("offsetX", v)}
      />
      <Slider
        label="Offset up/down"
        value={look.offsetY}
        {...OFFSET_RANGE}
        step={0.01}
        format={percent}
        onChange={(v) => set("offsetY", v)}
      />
      <Slider
        label="Ring width"
        value={look.ringWidth}
        {...RING_WIDTH_RANGE}
        step={0.005}
        format={(v) => `${(v * 100).toFixed(1)}%`}
        onChange={(v) => set("ringWidth", v)}
      />
      <div className="flex items-center gap-3 text-sm">
        <label className="flex items-center gap-2 font-medium">
          Background
          <input
            type="color"
            aria-label="Background colour"
            value={look.background === "transparent" ? "#1f2937" : look.background}
            onChange={(e) => set("background", e.target.value)}
            className="h-8 w-10 cursor-pointer rounded border border-line bg-transparent"
          />
        </label>
        <label className="flex items-center gap-2 text-fg-muted">
          <input
            type="checkbox"
            checked={look.background === "transparent"}
            onChange={(e) => set("background", e.target.checked ? "transparent" : "#1f2937")}
          />
          Transparent
        </label>
      </div>
    </div>
  );
}

const percent = (v: number) => `${v > 0 ? "+" : ""}${Math.round(v * 100)}%`;

function Slider(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  format: (v: number) => string;
  onChange: (v: number) => void;
}) {
  return (
    // A div, not a label: the range input's aria-label names it, so the live value is not in its name.
    <div className="block text-sm font-medium">
      <span className="flex justify-between">
        <span aria-hidden>{props.label}</span>
        <output className="tabular-nums text-fg-muted">{props.format(props.value)}</output>
      </span>
      <input
        type="range"
        aria-label={props.label}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.target.value))}
        className="mt-2 w-full accent-accent"
      />
    </div>
  );
}
