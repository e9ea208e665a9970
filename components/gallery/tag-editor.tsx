"use client";

import { useId, useState } from "react";
import { controlStyles } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";

/** Removable tag chips and an input with suggestions from the project's existing tags. */
export function TagEditor({
  tags,
  suggestions,
  onChange,
}: {
  tags: string[];
  suggestions: string[];
  onChange: (add: string[], remove: string[]) => void;
}) {
  const [text, setText] = useState("");
  const listId = useId();
  const add = () => {
    const value = text.trim();
    if (value && !tags.includes(value)) onChange([value], []);
    setText("");
  };
  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
        {tags.map((tag) => (
          <li
            key={tag}
            className="inline-flex items-center gap-1 rounded-full bg-arcane-400/15 px-2 py-0.5 text-xs text-arcane-200"
          >
            #{tag}
            <button
              type="button"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange([], [tag])}
              className="text-fg-subtle hover:text-ink-50"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
        className="flex gap-2"
      >
        <input
          aria-label="Add a tag"
          list={listId}
          placeholder="Add a tag"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={cn(controlStyles, "h-8 py-1 text-sm")}
        />
        <datalist id={listId}>
          {suggestions
            .filter((tag) => !tags.includes(tag))
            .map((tag) => (
              <option key={tag} value={tag} />
            ))}
        </datalist>
      </form>
    </div>
  );
}
