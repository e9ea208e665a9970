"use client";
import { Button, buttonStyles } from "@/components/ui/button";
import { packUrl, useTokenBatch } from "@/lib/query/tokens";

/** "Tokens for the party" (every character of the campaign with a portrait) and the pack download. */
export function PartyBatch({ campaignId }: { campaignId: string | null }) {
  const batch = useTokenBatch();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          disabled={!campaignId || batch.isPending}
          onClick={() => batch.mutate({ campaignId, party: true })}
          title={campaignId ? undefined : "Choose a campaign first"}
        >
          {batch.isPending ? "Stamping the party…" : "Tokens for the whole party"}
        </Button>
        <a
          className={buttonStyles({ variant: "primary" }) + " no-underline"}
          href={packUrl(campaignId)}
          download
          data-testid="pack-download"
        >
          Download token pack (.zip)
        </a>
      </div>
      {/* Said on the page, not only in the disabled button's tooltip, which a phone never shows. */}
      {!campaignId && (
        <p className="text-xs text-fg-muted">Choose a campaign at the top of the page to stamp its whole party.</p>
      )}
      <p className="text-xs text-fg-subtle">
        The pack holds every token image and <code>tokens.json</code> with Foundry token data; unzip it into your
        Foundry data folder.
      </p>
      {batch.error && (
        <p role="alert" className="text-sm text-danger">
          {batch.error.message}
        </p>
      )}
      {batch.data && (
        <ul
          className="space-y-1 rounded-lg border border-line bg-surface-sunken/50 p-3 text-sm"
          aria-label="Party batch results"
        >
          {batch.data.results.length === 0 && <li className="text-fg-muted">No characters in this campaign yet.</li>}
          {batch.data.results.map((r) => (
            <li key={r.index} className="flex gap-2">
              <span aria-hidden className={r.ok ? "text-success" : "text-danger"}>
                {r.ok ? "✓" : "✕"}
              </span>
              <span className="font-medium">{r.name}</span>
              <span className="text-fg-muted">{r.ok ? "token made" : r.error.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
