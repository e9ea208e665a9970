/** Hit points as a bar: green when healthy, amber under half, red under a quarter. */
export function HpBar({ current, max }: { current: number; max: number }) {
  const ratio = max > 0 ? Math.max(0, Math.min(1, current / max)) : 0;
  const colour = ratio > 0.5 ? "bg-emerald-500" : ratio > 0.25 ? "bg-amber-500" : "bg-red-500";
  return (
    <div className="flex items-center gap-2 text-xs text-fg-muted">
      <div
        role="meter"
        aria-label="Hit points"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={current}
        className="h-2 w-full overflow-hidden rounded-full bg-white/10"
      >
        <div className={`h-full ${colour}`} style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className="shrink-0 tabular-nums" data-testid="hp-text">
        {current}/{max} HP
      </span>
    </div>
  );
}
