"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { GalleryImage } from "@/lib/query/gallery";
import { GalleryTile } from "./gallery-tile";

type Props = {
  images: GalleryImage[];
  selected: Set<string>;
  focused: number;
  onFocus: (index: number) => void;
  onOpen: (index: number) => void;
  onToggle: (index: number, shift: boolean) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
};

/** A responsive grid that asks for the next page when its end scrolls into view (and has a button). */
export function GalleryGrid({ images, selected, focused, onFocus, onOpen, onToggle, hasMore, loadingMore, onLoadMore }: Props) {
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || !hasMore) return;
    // 800px early, so the next page is usually there before the user reaches the end.
    const observer = new IntersectionObserver((entries) => entries[0]?.isIntersecting && !loadingMore && onLoadMore(), { rootMargin: "800px" });
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loadingMore, onLoadMore]);
  return (
    <div className="flex flex-col gap-4">
      <div role="grid" aria-label="Images" data-gallery-grid className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4 lg:grid-cols-5 xl:grid-cols-6">
        {images.map((image, index) => (
          <GalleryTile key={image.id} image={image} index={index} selected={selected.has(image.id)} focused={index === focused} onOpen={onOpen} onToggle={onToggle} onFocus={onFocus} />
        ))}
      </div>
      <div ref={sentinel} />
      {hasMore && (
        <Button variant="secondary" className="self-center" disabled={loadingMore} onClick={onLoadMore}>
          {loadingMore ? "Loading…" : "Load more"}
        </Button>
      )}
    </div>
  );
}
