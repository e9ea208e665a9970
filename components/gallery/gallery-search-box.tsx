"use client";

import { useEffect, useRef, useState } from "react";

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 250;

type Props = { value?: string; onSearch: (q: string) => void; className?: string };

/**
 * The gallery's search box. It sends the trimmed text once typing pauses (or at once on Enter),
 * so a word costs one request, not one per letter. Superseded requests are cancelled by
 * react-query (useGalleryImages hands its signal to fetch; a query left by its last observer is
 * aborted), and each search term is its own cache entry, so a late answer for an older keystroke
 * can never show in place of the newer one.
 */
export function GallerySearchBox({ value, onSearch, className }: Props) {
  const [text, setText] = useState(value ?? "");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // The latest callback: a pending send must not carry the filters of when the key was pressed.
  const latest = useRef(onSearch);
  useEffect(() => {
    latest.current = onSearch;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  const schedule = (next: string, delay: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => latest.current(next.trim()), delay);
  };
  return (
    <input
      type="search"
      aria-label="Search images"
      placeholder="Search names and prompts…"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        schedule(event.target.value, SEARCH_DEBOUNCE_MS);
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter") schedule(event.currentTarget.value, 0);
      }}
      className={className}
    />
  );
}
