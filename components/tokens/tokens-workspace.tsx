"use client";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { controlStyles } from "@/components/ui/field";
import { useCampaigns } from "@/lib/query/campaigns";
import { cn } from "@/lib/ui/cn";
import { NpcBatch } from "./npc-batch";
import { PartyBatch } from "./party-batch";
import { TokenList } from "./token-list";
import { TokenMaker } from "./token-maker";

/** One campaign choice drives the maker (where new tokens go), the list, the party batch and the pack. */
export function TokensWorkspace({ userId, initialCampaignId }: { userId: string; initialCampaignId?: string }) {
  const [campaignId, setCampaignId] = useState<string | null>(initialCampaignId ?? null);
  const campaigns = useCampaigns();
  return (
    <div className="space-y-8">
      <label className="flex max-w-md flex-col gap-1.5 text-sm font-medium">
        Campaign
        <select
          aria-label="Campaign"
          className={cn(controlStyles, "h-10")}
          value={campaignId ?? ""}
          onChange={(e) => setCampaignId(e.target.value || null)}
        >
          <option value="">No campaign (just mine)</option>
          {campaigns.data?.map((c) => (
            <option key={c.campaign_id} value={c.campaign_id}>
              {c.name}
              {c.is_dm ? " (DM)" : ""}
            </option>
          ))}
        </select>
      </label>
      <TokenMaker campaignId={campaignId} />
      <Card>
        <CardHeader>
          <CardTitle>NPC batch</CardTitle>
          <CardDescription>
            Up to 12 NPCs at once, each drawn from its description with its own size and ring colour.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <NpcBatch campaignId={campaignId} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{campaignId ? "Campaign tokens" : "Your tokens"}</CardTitle>
          <CardDescription>
            Sized for the grid by creature size; download one, or the whole pack for Foundry VTT.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <PartyBatch campaignId={campaignId} />
          <TokenList campaignId={campaignId} userId={userId} />
        </CardContent>
      </Card>
    </div>
  );
}
