"use client";
import { Select } from "@/components/ui/select";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";

/**
 * Which connection profile proposes the layout. Only profiles whose provider can answer in JSON
 * are offered; the default (no profile) is the built-in seeded generator, which needs no key.
 */
export function ProfilePicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const profiles = useProfiles();
  const providers = useProviders();
  const jsonKinds = new Set(
    (providers.data ?? []).filter((p) => p.supportsJson && p.kind !== "BUILTIN").map((p) => p.kind),
  );
  const usable = (profiles.data ?? []).filter((p) => jsonKinds.has(p.kind));
  // Radix reserves the empty value, so the built-in generator has a name of its own.
  return (
    <Select
      label="Layout profile"
      value={value || BUILTIN}
      onValueChange={(v) => onChange(v === BUILTIN ? "" : v)}
      options={[
        { value: BUILTIN, label: "Built-in generator" },
        ...usable.map((p) => ({ value: p.id, label: `AI: ${p.name} (${p.textModel ?? p.kind.toLowerCase()})` })),
      ]}
    />
  );
}

const BUILTIN = "builtin";
