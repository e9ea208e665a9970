"use client";

import { useCallback, useLayoutEffect, useRef, useState } from "react";

/** The grid's gap (Tailwind `gap-3`), part of every row's stride. */
export const GRID_GAP = 12;

// Today's breakpoints (2 columns, sm:3, md:4, lg:5, xl:6 of the viewport) as the content widths they
// give inside the app's `max-w-7xl` main with its `px-4 sm:px-6 lg:px-8` padding.
const COLUMNS_BY_WIDTH: [minWidth: number, columns: number][] = [
  [1216, 6],
  [960, 5],
  [720, 4],
  [592, 3],
];

export function columnsForWidth(width: number): number {
  return COLUMNS_BY_WIDTH.find(([min]) => width >= min)?.[1] ?? 2;
}

type Measure = { width: number; top: number; scrollY: number; viewport: number };

function layout(width: number) {
  const columns = columnsForWidth(width);
  // Square tiles: a row is as tall as a column is wide (220 px before the first measure).
  const tile = width > 0 ? (width - GRID_GAP * (columns - 1)) / columns : 220;
  return { columns, tile, stride: tile + GRID_GAP };
}

/**
 * Windowed rows for a grid of `count` square tiles that scrolls with the page: measures the grid's
 * width (column count) and its offset from the top of the document, and returns the rows in the
 * viewport plus `overscan` rows either side, with the padding that stands in for the rest.
 * State changes only when a row boundary is crossed, not on every scroll event.
 */
export function useVirtualRows(count: number, overscan = 2) {
  const ref = useRef<HTMLDivElement>(null);
  const [m, setM] = useState<Measure>({ width: 0, top: 0, scrollY: 0, viewport: 800 });
  const key = useRef("");

  const measure = useCallback(() => {
    const node = ref.current;
    if (!node) return;
    const rect = node.getBoundingClientRect();
    const next = { width: rect.width, top: rect.top + window.scrollY, scrollY: window.scrollY, viewport: window.innerHeight };
    const { stride } = layout(next.width);
    const from = Math.floor((next.scrollY - next.top) / stride);
    const to = Math.floor((next.scrollY + next.viewport - next.top) / stride);
    const nextKey = `${next.width}|${next.top}|${next.viewport}|${from}|${to}`;
    if (nextKey === key.current) return;
    key.current = nextKey;
    setM(next);
  }, []);

  useLayoutEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), measure()));
    };
    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(schedule);
    if (ref.current) observer?.observe(ref.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      observer?.disconnect();
    };
  }, [measure]);
  // Content above the grid (the bulk bar) can move it without a scroll or resize: re-measure after
  // every render (a no-op unless something changed).
  useLayoutEffect(measure);

  const { columns, tile, stride } = layout(m.width);
  const rows = Math.ceil(count / columns);
  const last = Math.max(0, rows - 1);
  const firstRow = Math.min(last, Math.max(0, Math.floor((m.scrollY - m.top) / stride) - overscan));
  const lastRow = Math.max(firstRow, Math.min(last, Math.floor((m.scrollY + m.viewport - m.top) / stride) + overscan));

  /** Scrolls (instantly) so the row holding `index` is rendered; returns false when it already was. */
  const revealIndex = useCallback(
    (index: number) => {
      const row = Math.floor(index / columns);
      if (row >= firstRow && row <= lastRow) return false;
      // Roughly centred; the caller then scrolls the rendered tile precisely into view.
      window.scrollTo({ top: Math.max(0, m.top + row * stride - (m.viewport - tile) / 2), behavior: "instant" });
      measure();
      return true;
    },
    [columns, firstRow, lastRow, m.top, m.viewport, stride, tile, measure],
  );

  return {
    ref,
    columns,
    rows,
    start: firstRow * columns,
    end: Math.min(count, (lastRow + 1) * columns),
    lastRow,
    paddingTop: firstRow * stride,
    paddingBottom: Math.max(0, (rows - lastRow - 1) * stride),
    revealIndex,
  };
}
