"use client";

import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useCampaigns, useCreateCampaign, useJoinCampaign } from "@/lib/query/campaigns";
import { useCharacters } from "@/lib/query/characters";

/** Campaigns: the list, create (as DM), and join with an invite code and one of your characters. */
export function CampaignsOverview({ inviteCode = "" }: { inviteCode?: string }) {
  const campaigns = useCampaigns();
  const characters = useCharacters();
  const create = useCreateCampaign();
  const join = useJoinCampaign();
  const [name, setName] = useState("");
  const [code, setCode] = useState(inviteCode);
  const [chosenCharacterId, setCharacterId] = useState("");
  const onlyCharacter = characters.data?.length === 1 ? characters.data[0].character_id : "";
  // With one character there is nothing to choose: it is the one that joins.
  const characterId = chosenCharacterId || onlyCharacter;
  const noCharacters = characters.data?.length === 0;
  const characterOptions = (characters.data ?? []).map((character) => ({
    value: character.character_id,
    label: character.name,
  }));
  return (
    <div className="grid gap-8 lg:grid-cols-[3fr_2fr]">
      <section aria-labelledby="yours">
        <h2 id="yours" className="mb-4 text-xl font-semibold">
          Your campaigns
        </h2>
        {campaigns.data?.length === 0 && (
          <p className="text-sm text-fg-subtle">None yet: create one or join with an invite code.</p>
        )}
        <ul className="grid gap-3">
          {campaigns.data?.map((campaign) => (
            <li key={campaign.campaign_id}>
              <Link href={`/campaigns/${campaign.campaign_id}`}>
                <Card interactive className="p-4">
                  <p className="font-semibold text-ink-50">{campaign.name}</p>
                  <p className="text-sm text-fg-muted">
                    {campaign.is_dm ? "You are the DM" : "Player"} · {campaign.character_count} characters
                  </p>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <div className="flex flex-col gap-6">
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ name }, { onSuccess: () => setName("") });
          }}
        >
          <h2 className="text-lg font-semibold">Create a campaign</h2>
          <Input
            label="Campaign name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            required
            maxLength={100}
          />
          {create.error && <Alert variant="error">{create.error.message}</Alert>}
          <Button type="submit" disabled={create.isPending}>
            Create campaign
          </Button>
        </form>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            join.mutate({ invite_code: code, character_id: characterId });
          }}
        >
          <h2 className="text-lg font-semibold">Join a campaign</h2>
          {inviteCode && !join.data && (
            <p className="text-sm text-fg-muted">You were invited: choose the character you will play, then join.</p>
          )}
          <Input
            label="Invite code"
            value={code}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
            required
          />
          <Select
            label="With character"
            placeholder="Choose a character"
            options={characterOptions}
            value={characterId}
            onValueChange={setCharacterId}
          />
          {noCharacters && (
            // An invited player's first visit: without this, an empty list and a dead button.
            <p className="text-sm text-fg-muted">
              You join with one of your characters, and you have none yet.{" "}
              <Link
                className="font-medium text-accent underline underline-offset-2"
                href={code ? `/characters/new?join=${encodeURIComponent(code)}` : "/characters/new"}
              >
                Create a character
              </Link>
              {code ? ", then come back to this invite." : "."}
            </p>
          )}
          {join.error && <Alert variant="error">{join.error.message}</Alert>}
          {join.data && (
            <Alert variant="success">
              Joined {join.data.name}.{" "}
              <Link className="font-medium underline underline-offset-2" href={`/campaigns/${join.data.campaign_id}`}>
                Open the campaign
              </Link>
            </Alert>
          )}
          <Button type="submit" disabled={join.isPending || !characterId}>
            Join campaign
          </Button>
        </form>
      </div>
    </div>
  );
}
