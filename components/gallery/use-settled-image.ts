"use client";

import { useEffect, useRef, useState } from "react";

/**
 * How long a tile must stay in the window before it asks for its thumbnail. A fast scroll mounts
 * and unmounts hundreds of tiles within a few frames; without this pause each of them would queue
 * a request (six at a time per host over HTTP/1.1) ahead of the tiles the user stops at.
 */
export const SETTLE_MS = 120;

/**
 * The `src` for a windowed tile's `<img>`: undefined until the tile has been mounted for
 * `settleMs`, so tiles scrolled past never fetch. When the tile leaves the window while its image is
 * still loading, the `src` attribute is removed first, which makes the browser cancel the request
 * rather than finish a download nobody will see.
 */
export function useSettledImage(src: string, settleMs = SETTLE_MS) {
  const ref = useRef<HTMLImageElement>(null);
  const [settled, setSettled] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), settleMs);
    return () => clearTimeout(timer);
  }, [settleMs]);

  useEffect(() => {
    const image = ref.current;
    return () => {
      if (image && !image.complete) image.removeAttribute("src");
    };
  }, []);

  return { ref, src: settled ? src : undefined };
}
