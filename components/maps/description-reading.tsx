import type { DescriptionReading as Reading } from "@/lib/schemas/map-layout";

/** What the built-in generator understood of a description: its words and what they change. */
export function DescriptionReading({ reading }: { reading: Reading | undefined }) {
  if (!reading || reading.keywords.length === 0) return null;
  return (
    <p className="mt-1.5 text-xs text-fg-subtle" aria-label="Description reading">
      <span className="text-fg-muted">Understood: </span>
      {reading.keywords.map((word, i) => (
        <span key={word}>
          {i > 0 && " · "}
          <strong className="font-medium text-accent">{word}</strong> ({reading.effects[i]})
        </span>
      ))}
    </p>
  );
}
