"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
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

function layout(width: number) {
  const columns = columnsForWidth(width);
  // Square tiles: a row is as tall as a column is wide (220 px before the first measure).
  const tile = width > 0 ? (width - GRID_GAP * (columns - 1)) / columns : 220;
  return { columns, tile, stride: tile + GRID_GAP };
}

/**
 * Windowed rows for a grid of `count` square tiles that scrolls with the page (react-virtual's
 * window virtualizer over rows): the grid's measured width gives the column count and the row
 * stride, its offset from the top of the document the scroll margin. Returns the tiles of the rows
 * in the viewport plus `overscan` rows either side, with the padding that stands in for the rest.
 */
export function useVirtualRows(count: number, overscan = 2) {
  const ref = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState({ width: 0, top: 0 });

  const measure = useCallback(() => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect) return;
    const next = { width: rect.width, top: rect.top + window.scrollY };
    setBox((current) => (current.width === next.width && current.top === next.top ? current : next));
  }, []);
  useLayoutEffect(() => {
    const observer = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    if (ref.current) observer?.observe(ref.current);
    window.addEventListener("resize", measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [measure]);
  // Content above the grid (the bulk bar) can move it without a resize: re-measure after every
  // render (a no-op unless something changed).
  useLayoutEffect(measure);

  const { columns, stride } = layout(box.width);
  const rows = Math.ceil(count / columns);
  const virtualizer = useWindowVirtualizer({
    count: rows,
    estimateSize: () => stride,
    overscan,
    scrollMargin: box.top,
  });
  // Rows never change height on their own (square tiles), so a new stride is a new layout.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, stride]);

  const items = virtualizer.getVirtualItems();
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items.at(-1)?.index ?? 0;

  /** Scrolls (instantly) so the row holding `index` is rendered; returns false when it already was. */
  const revealIndex = useCallback(
    (index: number) => {
      const row = Math.floor(index / columns);
      if (row >= firstRow && row <= lastRow) return false;
      // Roughly centred; the caller then scrolls the rendered tile precisely into view.
      virtualizer.scrollToIndex(row, { align: "center" });
      return true;
    },
    [columns, firstRow, lastRow, virtualizer],
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
