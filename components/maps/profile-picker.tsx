"use client";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";

/**
 * Which connection profile proposes the layout. Only profiles whose provider can answer in JSON
 * are offered; the default (no profile) is the built-in seeded generator, which needs no key.
 */
export function ProfilePicker({ value, onChange, className }: { value: string; onChange: (id: string) => void; className: string }) {
  const profiles = useProfiles();
  const providers = useProviders();
  const jsonKinds = new Set((providers.data ?? []).filter((p) => p.supportsJson && p.kind !== "BUILTIN").map((p) => p.kind));
  const usable = (profiles.data ?? []).filter((p) => jsonKinds.has(p.kind));
  return (
    <label className="flex flex-col gap-1 text-sm">
      Layout by
      <select aria-label="Layout profile" className={className} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Built-in generator</option>
        {usable.map((p) => <option key={p.id} value={p.id}>AI: {p.name} ({p.textModel ?? p.kind.toLowerCase()})</option>)}
      </select>
    </label>
  );
}
