"use client";
import { useMemo } from "react";
import { controlStyles } from "@/components/ui/field";
import { imageProfileChoices } from "@/components/generate/image-capabilities";
import { useProfiles } from "@/lib/query/profiles";
import { useProviders } from "@/lib/query/providers";
import { cn } from "@/lib/ui/cn";

/**
 * Which engine draws a description: the user's image-capable profiles, the built-in offline engine
 * first and chosen by default (an empty value lets the server use it). Text-only profiles are not offered.
 */
export function ProfilePicker({
  value,
  onChange,
  label = "Drawn by",
}: {
  value: string;
  onChange: (profileId: string) => void;
  label?: string;
}) {
  const profiles = useProfiles();
  const providers = useProviders();
  const choices = useMemo(
    () => imageProfileChoices(profiles.data ?? [], providers.data ?? []),
    [profiles.data, providers.data],
  );
  const builtin = choices.find((choice) => choice.profile.kind === "BUILTIN");
  const others = choices.filter((choice) => choice !== builtin);
  return (
    <label className="flex flex-col gap-1.5 text-sm font-medium">
      {label}
      <select
        aria-label={label}
        className={cn(controlStyles, "h-10")}
        value={builtin && value === builtin.profile.id ? "" : value}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{builtin?.profile.name ?? "Built-in offline engine"} (default)</option>
        {others.map((choice) => (
          <option key={choice.profile.id} value={choice.profile.id}>
            {choice.profile.name} · {choice.profile.imageModel ?? choice.provider.label}
          </option>
        ))}
      </select>
      {profiles.error && (
        <span role="alert" className="text-xs font-normal text-danger">
          Could not load your profiles: {profiles.error.message}
        </span>
      )}
    </label>
  );
}
