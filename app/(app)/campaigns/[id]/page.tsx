import type { Metadata } from "next";
import Link from "next/link";
import { CampaignDangerZone } from "@/components/campaigns/campaign-actions";
import { CampaignRoster } from "@/components/campaigns/campaign-roster";
import { CampaignNpcs } from "@/components/npcs/campaign-npcs";
import { PageHeader } from "@/components/layout/page-header";
import { buttonStyles } from "@/components/ui/button";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { foundOrNotFound } from "../../found-or-not-found";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const campaign = await foundOrNotFound(id, getCampaign);
  return (
    <>
      <Link href="/campaigns" className="mb-3 inline-block text-sm text-fg-muted hover:text-ink-50">
        ← All campaigns
      </Link>
      <PageHeader
        title={campaign?.name ?? "Campaign"}
        description={`${campaign?.is_dm ? "You are the DM. " : ""}The party roster: every character with its portrait and state.`}
        actions={
          campaign?.is_dm && (
            // Maps and tokens made from here are saved to this campaign (hidden from players until revealed).
            <>
              <Link className={buttonStyles({ variant: "secondary" })} href={`/maps?campaign=${id}`}>
                Generate a map
              </Link>
              <Link className={buttonStyles({ variant: "secondary" })} href={`/tokens?campaign=${id}`}>
                Make tokens
              </Link>
            </>
          )
        }
      />
      <CampaignRoster id={id} />
      <div className="mt-10">
        <CampaignNpcs campaignId={id} />
      </div>
      <CampaignDangerZone id={id} />
    </>
  );
}
