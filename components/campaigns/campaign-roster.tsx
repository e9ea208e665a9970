"use client";

import Link from "next/link";
import { useState } from "react";
import { HpBar } from "@/components/characters/hp-bar";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PortraitPlaceholder } from "@/components/ui/portrait-placeholder";
import { useCampaign, useGenerateMissing } from "@/lib/query/campaigns";
import { labelFor } from "@/lib/schemas/character-vocabulary";
import { useRotateInvite } from "@/lib/query/invite";
import { InvitePanel } from "./campaign-actions";
import { StateEditor } from "./state-editor";

/** The DM roster: portrait thumbnail, name, race and class, level, HP bar, AC, status; DM-only edits. */
export function CampaignRoster({ id }: { id: string }) {
  const [started, setStarted] = useState(false);
  const missingBefore = useCampaign(id).data?.roster.filter((character) => !character.has_portrait).length ?? 0;
  // Poll only while portraits the DM asked for are still missing.
  const polling = started && missingBefore > 0;
  const campaign = useCampaign(id, polling);
  const generateMissing = useGenerateMissing();
  const rotate = useRotateInvite(id);
  const data = campaign.data;
  if (campaign.error) return <Alert variant="error">{campaign.error.message}</Alert>;
  if (!data) return <p className="text-fg-muted">Loading…</p>;
  const missing = data.roster.filter((character) => !character.has_portrait).length;
  return (
    <div className="flex flex-col gap-6">
      {data.is_dm && data.invite_code && (
        <InvitePanel code={data.invite_code} rotating={rotate.isPending} onRotate={() => rotate.mutate()} />
      )}
      {data.is_dm && missing > 0 && (
        <div className="flex flex-wrap items-center gap-3" role="group" aria-label="DM actions">
          <Button
            variant="secondary"
            disabled={generateMissing.isPending || polling}
            onClick={() => generateMissing.mutate(id, { onSuccess: () => setStarted(true) })}
          >
            {polling ? `Generating ${missing} portraits…` : `Generate missing portraits (${missing})`}
          </Button>
        </div>
      )}
      {data.roster.length === 0 && (
        <p className="text-sm text-fg-subtle">No characters yet. Copy the invite link and send it to your players.</p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {data.roster.map((character) => (
          <li key={character.character_id}>
            <Card className="flex-row gap-4 p-3" data-testid="roster-card">
              <div className="size-24 shrink-0 overflow-hidden rounded-md bg-ink-900">
                {character.portrait_url ? (
                  <img
                    src={character.portrait_url}
                    alt={`Portrait of ${character.name}`}
                    className="size-full object-cover"
                  />
                ) : (
                  <PortraitPlaceholder name={character.name} generating={polling} />
                )}
              </div>
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <Link
                  href={`/characters/${character.character_id}`}
                  className="truncate font-semibold text-ink-50 hover:underline"
                >
                  {character.name}
                </Link>
                <p className="text-xs text-fg-muted">
                  {labelFor(character.race)} {labelFor(character.character_class)} · level {character.level} ·{" "}
                  {character.player_name}
                </p>
                <HpBar current={character.hit_points_current} max={character.hit_points_max} />
                <p className="text-xs text-fg-muted">
                  AC {character.armor_class} · {labelFor(character.status)}
                </p>
                {character.location && <p className="text-xs text-fg-subtle">At {character.location}</p>}
                {data.is_dm && <StateEditor campaignId={id} character={character} />}
              </div>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
