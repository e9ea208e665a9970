"use client";
import type { MapVersionSummary } from "@/lib/schemas/maps-response";

/** v1, v2, … of one map (from GET /api/maps/:id); picking one shows that version. */
export function MapVersions({
  versions,
  currentId,
  onPick,
}: {
  versions: MapVersionSummary[];
  currentId: string;
  onPick: (id: string) => void;
}) {
  if (versions.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-1 text-sm" role="group" aria-label="Versions">
      <span className="mr-1 text-white/60">Versions</span>
      {versions.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-pressed={v.id === currentId}
          title={`seed ${v.seed} · ${new Date(v.createdAt).toLocaleString()}`}
          className={
            v.id === currentId
              ? "rounded-md bg-amber-500/30 px-2 py-0.5 font-semibold text-amber-200"
              : "rounded-md border border-white/15 px-2 py-0.5 hover:bg-white/10"
          }
          onClick={() => onPick(v.id)}
        >
          v{v.version}
        </button>
      ))}
    </div>
  );
}
