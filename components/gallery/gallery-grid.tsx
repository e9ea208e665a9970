"use client";

import { useEffect, useLayoutEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { GalleryImage } from "@/lib/query/gallery";
import { GalleryTile } from "./gallery-tile";
import { GRID_GAP, useVirtualRows } from "./use-virtual-rows";

type Props = {
  images: GalleryImage[];
  selected: Set<string>;
  focused: number;
  /** Bumped by keyboard moves: bring `focused` into view and focus it once it is rendered. */
  focusRequest: number;
  onFocus: (index: number) => void;
  onOpen: (index: number) => void;
  onToggle: (index: number, shift: boolean) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/**
 * A responsive, windowed grid: only the rows in the viewport (plus overscan) are in the DOM, with
 * padding standing in for the rest so the page's scrollbar is right. The next page is fetched when
 * the last rendered row nears the end (and there is a button).
 */
export function GalleryGrid({
  images,
  selected,
  focused,
  focusRequest,
  onFocus,
  onOpen,
  onToggle,
  hasMore,
  loadingMore,
  onLoadMore,
}: Props) {
  const { ref, columns, rows, start, end, lastRow, paddingTop, paddingBottom, revealIndex } = useVirtualRows(
    images.length,
  );

  const nearEnd = lastRow >= rows - 3;
  useEffect(() => {
    if (nearEnd && hasMore && !loadingMore) onLoadMore();
  }, [nearEnd, hasMore, loadingMore, onLoadMore]);

  // Keyboard moves: scroll the target row in (it renders), then focus the tile.
  const pendingFocus = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (!focusRequest) return;
    pendingFocus.current = focused;
    revealIndex(focused);
    // Only on a new request; revealIndex changes with every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const tile = ref.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus.current}"]`);
    if (!tile) return;
    pendingFocus.current = null;
    tile.scrollIntoView?.({ block: "nearest" });
    tile.focus({ preventScroll: true });
  });

  // The roving tab stop: the focused tile, or the first rendered one when it is scrolled away.
  const tabStop = focused >= start && focused < end ? focused : start;
  return (
    <div className="flex flex-col gap-4">
      <div
        ref={ref}
        role="grid"
        aria-label="Images"
        aria-rowcount={rows}
        data-gallery-grid
        data-columns={columns}
        className="grid"
        style={{
          gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`,
          gap: GRID_GAP,
          paddingTop: paddingTop,
          paddingBottom: paddingBottom,
        }}
      >
        {/* A grid's cells sit in rows; `contents` keeps each row out of the CSS grid's layout. */}
        {Array.from({ length: Math.ceil((end - start) / columns) }, (_, rowOffset) => {
          const rowStart = start + rowOffset * columns;
          return (
            <div key={rowStart} role="row" aria-rowindex={Math.floor(rowStart / columns) + 1} className="contents">
              {images.slice(rowStart, Math.min(rowStart + columns, end)).map((image, offset) => {
                const index = rowStart + offset;
                return (
                  <GalleryTile
                    key={image.id}
                    image={image}
                    index={index}
                    selected={selected.has(image.id)}
                    focused={index === tabStop}
                    onOpen={onOpen}
                    onToggle={onToggle}
                    onFocus={onFocus}
                  />
                );
              })}
            </div>
          );
        })}
      </div>
      {hasMore && (
        <Button variant="secondary" className="self-center" disabled={loadingMore} onClick={onLoadMore}>
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
