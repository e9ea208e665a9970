"use client";
import { useState } from "react";
import { useMaps } from "@/lib/query/maps";
import { VisibilityBadge } from "@/components/campaigns/visibility-control";
import { CampaignSelect } from "./campaign-select";

/** The user's saved maps (latest version of each), optionally of one campaign. */
export function MapList({ currentAssetId, onOpen }: { currentAssetId?: string; onOpen: (id: string) => void }) {
  const [campaignId, setCampaignId] = useState("");
  const list = useMaps(campaignId || null);
  const maps = list.data ?? [];
  return (
    <aside className="space-y-3" aria-label="Saved maps">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 className="text-lg font-semibold">Saved maps</h2>
        <div className="min-w-40 flex-1 sm:max-w-56">
          <CampaignSelect
            value={campaignId}
            onChange={setCampaignId}
            label="Campaign filter"
            emptyLabel="All campaigns"
          />
        </div>
      </div>
      {list.error && (
        <p role="alert" className="text-sm text-danger-soft">
          {list.error.message}
        </p>
      )}
      {list.isPending && <p className="text-sm text-fg-muted">Loading your maps…</p>}
      {list.isSuccess && maps.length === 0 && (
        <p className="text-sm text-fg-muted">
          No maps yet{campaignId ? " in this campaign" : ""}. Generate one to see it here.
        </p>
      )}
      <ul className="grid gap-2">
        {maps.map((m) => (
          <li key={m.assetId}>
            <button
              type="button"
              onClick={() => onOpen(m.id)}
              aria-current={m.assetId === currentAssetId}
              className={`flex w-full items-center gap-3 rounded-md border p-2 text-left text-sm hover:bg-white/5 ${m.assetId === currentAssetId ? "border-amber-400/60" : "border-white/10"}`}
            >
              <img
                src={m.thumbnailUrl}
                alt=""
                loading="lazy"
                decoding="async"
                width={48}
                height={48}
                className="h-12 w-12 rounded object-cover"
              />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium">{m.name}</span>
                <span className="block text-white/60">
                  {m.mapType} · v{m.version} · {m.widthSquares}×{m.heightSquares}
                </span>
                <VisibilityBadge campaignId={m.campaignId} visibility={m.visibility} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
