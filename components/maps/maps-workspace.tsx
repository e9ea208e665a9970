"use client";
import { useState } from "react";
import { useMap, type MapView } from "@/lib/query/maps";
import { GenerationStages } from "./generation-stages";
import { MapGenerator } from "./map-generator";
import { MapList } from "./map-list";
import { MapResult } from "./map-result";
import { useMapGeneration } from "./use-map-generation";

/**
 * The Maps page: generator and saved maps side by side, the open map (any version) below.
 * `initialCampaignId`: a campaign of the user's as DM, where new maps go unless they choose another.
 */
export function MapsWorkspace({ initialCampaignId }: { initialCampaignId?: string } = {}) {
  const [openId, setOpenId] = useState<string | null>(null);
  // GET /api/maps/:id carries the version list, which the POST answer does not.
  const opened = useMap(openId);
  const map = opened.data ?? null;
  const loadError = opened.error?.message ?? null;
  const generation = useMapGeneration((created) => setOpenId(created.id));
  const open = (id: string) => setOpenId(id);
  const regenerate = (current: MapView, extra: Record<string, unknown> = {}) =>
    generation.generate({
      regenerateOf: current.id,
      mapType: current.mapType,
      difficulty: current.difficulty,
      width: current.widthSquares,
      height: current.heightSquares,
      description: current.description ?? "",
      pixelsPerSquare: current.pixelsPerSquare,
      style: current.layout.style ?? "painted",
      ...extra,
    });

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-3">
          <MapGenerator
            onGenerate={(body) => void generation.generate(body)}
            busy={generation.busy}
            initialCampaignId={initialCampaignId}
          />
          <GenerationStages stage={generation.stage} timings={generation.timings} />
          {generation.error && (
            <p role="alert" className="text-sm text-red-400">
              {generation.error}
            </p>
          )}
        </div>
        <MapList currentAssetId={map?.assetId} onOpen={open} />
      </div>
      {loadError && (
        <p role="alert" className="text-sm text-red-400">
          {loadError}
        </p>
      )}
      {/* Keyed by asset: another map opens with a fresh view; versions of one map keep zoom and pan. */}
      {map && (
        <MapResult
          key={map.assetId}
          map={map}
          busy={generation.busy}
          onRegenerate={() => regenerate(map)}
          onRedraw={(style) => regenerate(map, { style, seed: map.seed })}
          onPickVersion={open}
        />
      )}
    </div>
  );
}
