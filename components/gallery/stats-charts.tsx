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
        viewBox={`0 0 ${width} ${height + 20}`}
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
              {index % 5 === 0 && (
                <text x={index * bar + 2} y={height + 14} fontSize="11" fill="#8b8fa3">
                  {day.date.slice(5)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={0} x2={width} y1={height} y2={height} stroke="#3a3f52" />
      </svg>
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

/** Horizontal bars for a ranked list (models used, most used tags). */
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
    <svg viewBox={`0 0 400 ${items.length * 26}`} role="img" aria-label={label} className="w-full">
      {items.map((item, index) => (
        <g key={item.name} transform={`translate(0 ${index * 26})`}>
          <text x={0} y={15} fontSize="12" fill="#c9ccd8">
            {item.name.length > 22 ? `${item.name.slice(0, 21)}…` : item.name}
          </text>
          <rect x={150} y={4} width={(item.count / max) * 210} height={14} rx={3} fill={color} />
          <text x={150 + (item.count / max) * 210 + 6} y={15} fontSize="12" fill="#8b8fa3">
            {item.count}
          </text>
        </g>
      ))}
    </svg>
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
