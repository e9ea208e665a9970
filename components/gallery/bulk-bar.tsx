"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { controlStyles } from "@/components/ui/field";
import type { BulkAction } from "@/lib/query/gallery";
import { cn } from "@/lib/ui/cn";

type Props = {
  /** Link that downloads the selection as a zip. */
  zipHref: string;
  count: number;
  total: number;
  busy: boolean;
  /** Resolves true when every selected image was changed. */
  onAction: (action: BulkAction, tags?: string[]) => Promise<boolean>;
  onDelete: () => void;
  onSelectAll: () => void;
  onClear: () => void;
};

/** Shown while images are selected: tag, untag, favorite, reveal/hide, delete (confirmed by the page) or clear. */
export function BulkBar({ zipHref, count, total, busy, onAction, onDelete, onSelectAll, onClear }: Props) {
  const [tagText, setTagText] = useState("");
  const tags = tagText
    .split(",")
    .map((tag) => tag.trim())
    .filter(Boolean);
  // Once the tags are on (or off), the box empties, so a second press does not repeat it by mistake.
  const tagAction = (action: "tag" | "untag") => void onAction(action, tags).then((done) => done && setTagText(""));
  return (
    <div
      role="toolbar"
      aria-label="Selected images"
      className="sticky top-2 z-20 flex flex-wrap items-center gap-2 rounded-card border border-arcane-400/50 bg-surface-raised p-2 shadow-card"
    >
      <span className="px-2 text-sm font-medium text-ink-50">{count} selected</span>
      {count < total && (
        <Button size="sm" variant="ghost" onClick={onSelectAll}>
          Select all {total}
        </Button>
      )}
      {/* controlStyles is full width; the wrapper sets the width. */}
      <div className="w-44">
        <input
          aria-label="Tags for selected images"
          placeholder="tag, another"
          value={tagText}
          onChange={(event) => setTagText(event.target.value)}
          className={cn(controlStyles, "h-8 py-1 text-sm")}
        />
      </div>
      <Button size="sm" variant="secondary" disabled={busy || tags.length === 0} onClick={() => tagAction("tag")}>
        Add tags
      </Button>
      <Button size="sm" variant="secondary" disabled={busy || tags.length === 0} onClick={() => tagAction("untag")}>
        Remove tags
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => onAction("favorite")}>
        ★ Favorite
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => onAction("unfavorite")}>
        Unfavorite
      </Button>
      {/* The DM reveals campaign images to the party or hides them; anything else is refused per item. */}
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => onAction("reveal")}>
        Reveal to players
      </Button>
      <Button size="sm" variant="secondary" disabled={busy} onClick={() => onAction("hide")}>
        Hide from players
      </Button>
      <a
        href={zipHref}
        download
        className="inline-flex h-8 items-center rounded-md border border-line-strong px-3 text-sm text-ink-50 hover:bg-white/[0.06]"
      >
        Download zip
      </a>
      <Button size="sm" variant="danger" disabled={busy} onClick={onDelete}>
        Delete…
      </Button>
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear
      </Button>
    </div>
  );
}
