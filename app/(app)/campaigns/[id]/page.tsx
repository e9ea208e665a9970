import type { Metadata } from "next";
import { CampaignDangerZone } from "@/components/campaigns/campaign-actions";
import { CampaignRoster } from "@/components/campaigns/campaign-roster";
import { CampaignNpcs } from "@/components/npcs/campaign-npcs";
import { PageHeader } from "@/components/layout/page-header";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { foundOrNotFound } from "../../found-or-not-found";

export const metadata: Metadata = { title: "Campaign" };

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await foundOrNotFound(id, getCampaign);
  return (
    <>
      <PageHeader title="Party roster" description="Every character in the campaign with its portrait and state." />
      <CampaignRoster id={id} />
      <div className="mt-10">
        <CampaignNpcs campaignId={id} />
      </div>
      <CampaignDangerZone id={id} />
    </>
  );
}
