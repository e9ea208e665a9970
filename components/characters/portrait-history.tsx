"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PortraitHistoryItem } from "@/lib/query/characters";

type Props = { items: PortraitHistoryItem[]; onSelect: (generationId: string) => void; selecting: boolean };

/** Every generation of the portrait, newest first, side by side; any finished one can be made current. */
export function PortraitHistory({ items, onSelect, selecting }: Props) {
  return (
    <section aria-label="Portrait history">
      <h3 className="mb-2 text-sm font-medium text-ink-100">Variations and history</h3>
      <ul className="grid grid-cols-3 gap-2">
        {items.map((item) => (
          <li key={item.generation_id} className="flex flex-col gap-1">
            <div className="aspect-square overflow-hidden rounded-md bg-ink-900">
              {item.image_url ? (
                <img src={item.image_url} alt="Portrait variation" className="size-full object-cover" />
              ) : (
                <div className="flex size-full items-center justify-center text-xs text-fg-subtle">
                  {item.status === "FAILED" ? "Failed" : "Generating…"}
                </div>
              )}
            </div>
            {item.is_current ? (
              <Badge variant="success">Current</Badge>
            ) : (
              item.status === "COMPLETED" && (
                <Button size="sm" variant="secondary" disabled={selecting} onClick={() => onSelect(item.generation_id)}>
                  Use this
                </Button>
              )
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
