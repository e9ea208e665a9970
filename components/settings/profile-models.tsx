"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useProfileModels } from "@/lib/query/profiles";
import type { ProfileModelsResult } from "@/lib/schemas/profiles-response";

/**
 * What the profile's provider offers right now, read from its models endpoint: each model with
 * what it makes (image, text) and its aspect ratios or sizes. Cached per profile on the server;
 * "Refresh" reads the provider again.
 */
export function ProfileModels({ profileId, profileName }: { profileId: string; profileName: string }) {
  const models = useProfileModels();
  const [result, setResult] = useState<ProfileModelsResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load(refresh: boolean) {
    setError(null);
    try {
      setResult(await models.mutateAsync({ id: profileId, refresh }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "Could not read the models");
    }
  }

  if (!result && !error) {
    return (
      <Button
        variant="ghost"
        size="sm"
        onClick={() => void load(false)}
        loading={models.isPending}
        loadingText="Reading…"
        aria-label={`Show ${profileName}'s models`}
      >
        Models
      </Button>
    );
  }
  const listed = result?.ok ? result.models : [];
  const images = listed.filter((model) => model.image);
  const texts = listed.filter((model) => model.text);
  return (
    <section
      aria-label={`${profileName}'s models`}
      className="order-last basis-full rounded-lg border border-line p-3 text-sm"
    >
      <div className="mb-2 flex flex-wrap items-center gap-2">
        {result?.ok ? (
          <p role="status" className="text-fg-muted">
            {images.length} image {images.length === 1 ? "model" : "models"}, {texts.length} text{" "}
            {texts.length === 1 ? "model" : "models"}
            {" · "}read {new Date(result.fetchedAt).toLocaleString()}
          </p>
        ) : (
          <p role="alert" className="text-danger">
            {error ?? (result && !result.ok ? result.message : "")}
          </p>
        )}
        <Button
          variant="ghost"
          size="sm"
          className="ml-auto"
          onClick={() => void load(true)}
          loading={models.isPending}
          loadingText="Refreshing…"
        >
          Refresh
        </Button>
      </div>
      {listed.length > 0 && (
        <ul className="max-h-56 space-y-1 overflow-y-auto">
          {[...images, ...texts.filter((model) => !model.image)].map((model) => (
            <li key={model.id} className="flex flex-wrap items-center gap-1.5">
              <span className="font-mono text-fg-muted">{model.id}</span>
              {model.image && <Badge variant="arcane">image</Badge>}
              {model.text && <Badge variant="neutral">text</Badge>}
              {model.aspectRatios && <span className="text-xs text-fg-subtle">{model.aspectRatios.join(" · ")}</span>}
              {!model.aspectRatios && model.sizes && (
                <span className="text-xs text-fg-subtle">{model.sizes.join(" · ")}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
