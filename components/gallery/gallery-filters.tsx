"use client";

import type { GalleryFilters } from "@/lib/query/gallery";
import { controlStyles } from "@/components/ui/field";
import { cn } from "@/lib/ui/cn";
import { GallerySearchBox } from "./gallery-search-box";

type Props = { filters: GalleryFilters; onChange: (next: GalleryFilters) => void; tagNames: string[] };

const KINDS = [
  ["", "All kinds"],
  ["portrait", "Portraits"],
  ["map", "Maps"],
  ["token", "Tokens"],
  ["other", "Other"],
];
const SOURCES = [
  ["", "Any source"],
  ["generated", "Generated"],
  ["upload", "Uploaded"],
  ["import", "Imported"],
];
const SORTS = [
  ["", "Best first"],
  ["newest", "Newest"],
  ["oldest", "Oldest"],
  ["name", "Name"],
];

/** The filter bar: search box (debounced; fuzzy on the server), kind, source, tag, favorites, dates, model, sort. */
export function GalleryFilterBar({ filters, onChange, tagNames }: Props) {
  const set = (key: keyof GalleryFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined });
  const small = cn(controlStyles, "h-9 py-1 text-sm");
  return (
    // On a wide screen the Favorites box takes only its width and the dated boxes the most, so a
    // date is never cut short beside its From / To.
    <div
      className="grid grid-cols-2 items-center gap-2 sm:grid-cols-4 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto_repeat(2,minmax(0,1.35fr))_minmax(0,1fr)]"
      role="search"
    >
      <GallerySearchBox
        value={filters.q}
        onSearch={set("q")}
        className={cn(small, "col-span-2 sm:col-span-4 lg:col-span-8")}
      />
      <NativeSelect label="Kind" value={filters.kind} options={KINDS} onChange={set("kind")} className={small} />
      <NativeSelect
        label="Source"
        value={filters.source}
        options={SOURCES}
        onChange={set("source")}
        className={small}
      />
      <NativeSelect
        label="Tag"
        value={filters.tags}
        options={[["", "Any tag"], ...tagNames.map((tag) => [tag, `#${tag}`])]}
        onChange={set("tags")}
        className={small}
      />
      <NativeSelect label="Sort" value={filters.sort} options={SORTS} onChange={set("sort")} className={small} />
      <label className="flex items-center gap-1.5 text-sm text-fg-muted">
        <input
          type="checkbox"
          checked={filters.favorites === "true"}
          onChange={(event) => set("favorites")(event.target.checked ? "true" : "")}
        />
        Favorites
      </label>
      <DateFilter label="From" value={filters.from} onChange={set("from")} className={small} />
      <DateFilter label="To" value={filters.to} onChange={set("to")} className={small} />
      <input
        aria-label="Model"
        placeholder="Model"
        defaultValue={filters.model}
        onBlur={(event) => set("model")(event.target.value.trim())}
        className={small}
      />
    </div>
  );
}

function NativeSelect({
  label,
  value,
  options,
  onChange,
  className,
}: {
  label: string;
  value?: string;
  options: string[][];
  onChange: (value: string) => void;
  className: string;
}) {
  return (
    <select
      aria-label={label}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value)}
      className={className}
    >
      {options.map(([optionValue, text]) => (
        <option key={optionValue} value={optionValue}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** A date box with a visible word beside it: two bare date boxes do not say which one is the start. */
function DateFilter({
  label,
  value,
  onChange,
  className,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string) => void;
  className: string;
}) {
  return (
    <label className="flex min-w-0 items-center gap-1.5 text-sm text-fg-muted">
      <span className="shrink-0">{label}</span>
      <input
        type="date"
        aria-label={`${label} date`}
        value={value ?? ""}
        onChange={(event) => onChange(event.target.value)}
        className={cn(className, "min-w-0")}
      />
    </label>
  );
}
