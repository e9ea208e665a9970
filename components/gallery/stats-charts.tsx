"use client";

import type { DailyTrend } from "@/lib/query/gallery";

const STATUS_COLORS: Record<string, string> = {
  completed: "#34d399",
  failed: "#f87185",
  cancelled: "#8b8fa3",
  pending: "#fbbf24",
  generating: "#a78bfa",
};
const STACK = ["completed", "failed", "cancelled", "generating", "pending"] as const;

/** Generations per day for 30 days, stacked by status; plain SVG, no chart library. */
export function DailyChart({ daily }: { daily: DailyTrend[] }) {
  const max = Math.max(1, ...daily.map((day) => day.total));
  const width = 900;
  const height = 200;
  const bar = width / daily.length;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${height + 2}`}
        role="img"
        aria-label="Generations per day for the last 30 days, by status"
        className="w-full"
      >
        {daily.map((day, index) => {
          let y = height;
          return (
            <g key={day.date}>
              <title>{`${day.date}: ${day.total} (${
                STACK.filter((s) => day[s])
                  .map((s) => `${day[s]} ${s}`)
                  .join(", ") || "none"
              })`}</title>
              {STACK.map((status) => {
                const h = (day[status] / max) * (height - 10);
                y -= h;
                return h > 0 ? (
                  <rect
                    key={status}
                    x={index * bar + 2}
                    y={y}
                    width={bar - 4}
                    height={h}
                    fill={STATUS_COLORS[status]}
                    rx={2}
                  />
                ) : null;
              })}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={height} y2={height} stroke="#3a3f52" />
      </svg>
      {/* Dates as HTML under the bars: SVG text would shrink with the chart to a few pixels on a phone. */}
      <div aria-hidden="true" className="relative mt-1 h-4 text-xs text-fg-subtle">
        {daily.map((day, index) =>
          index % 5 === 0 ? (
            <span key={day.date} className="absolute" style={{ left: `${(index / daily.length) * 100}%` }}>
              {day.date.slice(5)}
            </span>
          ) : null,
        )}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-3 text-xs text-fg-muted">
        {STACK.map((status) => (
          <span key={status} className="inline-flex items-center gap-1">
            <span className="inline-block size-2.5 rounded-sm" style={{ background: STATUS_COLORS[status] }} /> {status}
          </span>
        ))}
        <span>peak {max}/day</span>
      </figcaption>
    </figure>
  );
}

/**
 * Horizontal bars for a ranked list (models used, most used tags). Plain HTML rather than a scaled
 * SVG, so the names keep the page's text size in a narrow column or on a phone.
 */
export function BarList({
  items,
  label,
  color = "#a78bfa",
}: {
  items: { name: string; count: number }[];
  label: string;
  color?: string;
}) {
  const max = Math.max(1, ...items.map((item) => item.count));
  if (items.length === 0) return <p className="text-sm text-fg-subtle">Nothing yet.</p>;
  return (
    <div role="img" aria-label={label} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-x-3 gap-y-2 text-sm">
      {items.map((item) => (
        <div key={item.name} className="contents">
          <span className="truncate text-ink-100" title={item.name}>
            {item.name}
          </span>
          <span className="flex items-center gap-2">
            <span className="h-3.5 rounded-[3px]" style={{ width: `${(item.count / max) * 85}%`, background: color }} />
            <span className="text-xs text-fg-muted">{item.count}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
