"use client";

import { memo } from "react";
import type { GalleryImage } from "@/lib/query/gallery";
import { cn } from "@/lib/ui/cn";
import { useSettledImage } from "./use-settled-image";

type Props = {
  image: GalleryImage;
  index: number;
  selected: boolean;
  focused: boolean;
  onOpen: (index: number) => void;
  onToggle: (index: number, shift: boolean) => void;
  onFocus: (index: number) => void;
};

/**
 * One square tile (fixed aspect, so the windowed grid's row heights are known before images load);
 * the thumbnail is a small cached WebP derivative, asked for once the tile has settled in the window
 * (use-settled-image.ts), so a fast scroll does not queue the thumbnails of every tile it passes.
 * `scroll-mt-20` keeps a tile that
 * keyboard navigation scrolls into view clear of the sticky header.
 */
export const GalleryTile = memo(function GalleryTile({
  image,
  index,
  selected,
  focused,
  onOpen,
  onToggle,
  onFocus,
}: Props) {
  const name = image.asset?.name ?? "Image";
  const thumbnail = useSettledImage(image.thumbnail_url);
  return (
    <div
      role="gridcell"
      aria-selected={selected}
      data-index={index}
      tabIndex={focused ? 0 : -1}
      onFocus={() => onFocus(index)}
      onClick={(event) =>
        event.shiftKey || event.metaKey || event.ctrlKey ? onToggle(index, event.shiftKey) : onOpen(index)
      }
      className={cn(
        "group relative aspect-square cursor-pointer overflow-hidden rounded-lg border bg-ink-900 scroll-mt-20 scroll-mb-4",
        selected ? "border-arcane-400 ring-2 ring-arcane-400" : "border-line hover:border-line-strong",
        "focus:outline-none focus-visible:ring-2 focus-visible:ring-accent",
      )}
    >
      {/* Its alt text stays unseen while the thumbnail loads: the caption below already names it. */}
      <img
        ref={thumbnail.ref}
        src={thumbnail.src}
        alt={name}
        decoding="async"
        className="size-full bg-ink-900 object-cover text-transparent"
      />
      <input
        type="checkbox"
        aria-label={`Select ${name}`}
        checked={selected}
        onClick={(event) => event.stopPropagation()}
        onChange={(event) => onToggle(index, (event.nativeEvent as MouseEvent).shiftKey)}
        className={cn(
          "absolute left-2 top-2 size-4",
          selected ? "opacity-100" : "opacity-0 group-hover:opacity-100 group-focus-within:opacity-100",
        )}
      />
      {image.is_favorite && (
        <span className="absolute right-2 top-1 text-lg text-accent drop-shadow" aria-label="Favorite">
          ★
        </span>
      )}
      <div className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-ink-950/90 to-transparent px-2 pb-1.5 pt-6">
        <p className="truncate text-xs font-medium text-ink-50">{name}</p>
        {image.tags.length > 0 && (
          <p className="truncate text-[11px] text-fg-muted">{image.tags.map((tag) => `#${tag}`).join(" ")}</p>
        )}
        {image.campaign_id && (
          <p className="truncate text-[11px] text-fg-muted">
            {image.visibility === "party" ? "Revealed to players" : "Hidden from players"}
          </p>
        )}
      </div>
    </div>
  );
});
