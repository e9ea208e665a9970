"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { VisibilityControl } from "@/components/campaigns/visibility-control";
import { useMakeNpcToken, useNpcs, useRollNpc, useSaveNpc } from "@/lib/query/npcs";
import { useIsCampaignDm } from "@/lib/query/visibility";
import { NewNpcForm } from "./new-npc-form";
import type { NpcView } from "@/lib/schemas/npcs-response";

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The campaign's NPCs with their tokens. The DM rolls one with the random NPC generator and saves
 * it (hidden from players until revealed), and makes an NPC's token from its record; players see
 * the NPCs the DM revealed.
 */
export function CampaignNpcs({ campaignId }: { campaignId: string }) {
  const isDm = useIsCampaignDm(campaignId);
  const npcs = useNpcs(campaignId);
  const roll = useRollNpc();
  const save = useSaveNpc(campaignId);
  const rolled = roll.data;
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="npcs-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="npcs-heading" className="text-xl font-semibold text-ink-50">
          NPCs
        </h2>
        {isDm && (
          <div className="flex gap-2">
            <Button variant="ghost" onClick={() => setAdding(true)} disabled={adding}>
              Add an NPC
            </Button>
            <Button variant="secondary" onClick={() => roll.mutate()} disabled={roll.isPending}>
              Roll a random NPC
            </Button>
          </div>
        )}
      </div>
      {isDm && adding && <NewNpcForm campaignId={campaignId} onDone={() => setAdding(false)} />}
      {roll.error && <Alert variant="error">{roll.error.message}</Alert>}
      {isDm && rolled && (
        <Card className="flex flex-col gap-2 p-4" data-testid="rolled-npc">
          <p className="font-semibold text-ink-50">{rolled.name}</p>
          <p className="text-sm text-fg-muted">
            {capital(rolled.race)} {rolled.class} · {rolled.alignment.name} · {rolled.personality}
          </p>
          <p className="text-sm text-fg-subtle">{rolled.appearance}</p>
          <div className="flex gap-2">
            <Button
              size="sm"
              disabled={save.isPending}
              onClick={() =>
                save.mutate(
                  { ...rolled.npc, description: rolled.appearance, notes: rolled.hook },
                  { onSuccess: () => roll.reset() },
                )
              }
            >
              Save to campaign
            </Button>
            <Button size="sm" variant="ghost" onClick={() => roll.mutate()}>
              Roll again
            </Button>
          </div>
          {save.error && <Alert variant="error">{save.error.message}</Alert>}
        </Card>
      )}
      {npcs.error && <Alert variant="error">{npcs.error.message}</Alert>}
      {npcs.data && npcs.data.length === 0 && (
        <p className="text-sm text-fg-subtle">
          {isDm ? "No NPCs yet. Add one by hand or roll one." : "No NPCs revealed yet."}
        </p>
      )}
      {npcs.data && npcs.data.length > 0 && (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Campaign NPCs">
          {npcs.data.map((npc) => (
            <NpcCard key={npc.id} npc={npc} isDm={isDm} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NpcCard({ npc, isDm }: { npc: NpcView; isDm: boolean }) {
  const makeToken = useMakeNpcToken(npc.campaignId);
  return (
    <li>
      <Card className="flex flex-col gap-2 p-3" data-testid="npc-card">
        <p className="font-semibold text-ink-50">{npc.name}</p>
        <p className="text-xs text-fg-muted">
          {[capital(npc.race), npc.class, npc.alignment, npc.personality].filter(Boolean).join(" · ")}
        </p>
        {npc.description && <p className="text-xs text-fg-subtle">{npc.description}</p>}
        {isDm && npc.notes && <p className="text-xs text-fg-subtle">DM notes: {npc.notes}</p>}
        <div className="flex flex-wrap items-center gap-2">
          {npc.tokens.map((token) =>
            token.imageUrl ? (
              <img
                key={token.id}
                src={token.imageUrl}
                alt={`Token of ${token.name}`}
                className="size-10 rounded-full"
              />
            ) : null,
          )}
          {isDm && (
            <Button
              size="sm"
              variant="secondary"
              disabled={makeToken.isPending}
              onClick={() => makeToken.mutate(npc.id)}
              aria-label={`Make a token of ${npc.name}`}
            >
              {makeToken.isPending ? "Making token…" : "Make token"}
            </Button>
          )}
          {npc.tokens.length > 0 && (
            <Link href="/tokens" className="text-xs">
              On the Tokens page
            </Link>
          )}
        </div>
        {makeToken.error && <Alert variant="error">{makeToken.error.message}</Alert>}
        <VisibilityControl
          item={{
            type: "asset",
            id: npc.assetId,
            name: npc.name,
            campaignId: npc.campaignId,
            visibility: npc.visibility,
          }}
        />
      </Card>
    </li>
  );
}
