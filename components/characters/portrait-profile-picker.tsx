"use client";

import { useMemo } from "react";
import { imageProfileChoices } from "@/components/generate/image-capabilities";
import { controlStyles } from "@/components/ui/field";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";
import { cn } from "@/lib/ui/cn";

/**
 * Which profile draws the next portrait. Empty is "the default profile" (the server's choice);
 * every image-capable profile, the built-in offline engine included, can be picked by id, so a
 * failing default provider never leaves the user without a way to get a portrait.
 */
export function PortraitProfilePicker({ value, onChange }: { value: string; onChange: (profileId: string) => void }) {
  const profiles = useProfiles();
  const providers = useProviders();
  const choices = useMemo(
    () => imageProfileChoices(profiles.data ?? [], providers.data ?? []),
    [profiles.data, providers.data],
  );
  const fallback = choices.find((choice) => choice.profile.isDefault) ?? choices[0];
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor="portrait-profile" className="text-sm font-medium text-ink-100">
        Drawn by
      </label>
      <select
        id="portrait-profile"
        className={cn(controlStyles, "h-10")}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Your default{fallback ? ` (${fallback.profile.name})` : ""}</option>
        {choices.map(({ profile, provider }) => (
          <option key={profile.id} value={profile.id}>
            {profile.kind === "BUILTIN"
              ? `${profile.name} (no key needed)`
              : `${profile.name} · ${profile.imageModel ?? provider.label}`}
          </option>
        ))}
      </select>
      {profiles.error && (
        <p role="alert" className="text-xs text-danger">
          Could not load your profiles: {profiles.error.message}
        </p>
      )}
    </div>
  );
}
