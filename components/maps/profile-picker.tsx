"use client";
import type { ProviderDescription } from "@/lib/providers/registry";
import type { ProfileView } from "@/lib/schemas/profiles";
import { useFetchJson } from "./use-fetch-json";

/**
 * Which connection profile proposes the layout. Only profiles whose provider can answer in JSON
 * are offered; the default (no profile) is the built-in seeded generator, which needs no key.
 */
export function ProfilePicker({ value, onChange, className }: { value: string; onChange: (id: string) => void; className: string }) {
  const profiles = useFetchJson<{ profiles: ProfileView[] }>("/api/profiles");
  const providers = useFetchJson<{ providers: ProviderDescription[] }>("/api/providers");
  const jsonKinds = new Set((providers.data?.providers ?? []).filter((p) => p.supportsJson && p.kind !== "BUILTIN").map((p) => p.kind));
  const usable = (profiles.data?.profiles ?? []).filter((p) => jsonKinds.has(p.kind));
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
