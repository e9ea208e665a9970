import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { MapsWorkspace } from "@/components/maps/maps-workspace";
import { dmCampaignFromQuery } from "../dm-campaign-from-query";

export const metadata: Metadata = { title: "Maps" };

/** `?campaign=<id>` (from the campaign's page) saves new maps to that campaign. */
export default async function MapsPage({ searchParams }: { searchParams: Promise<{ campaign?: string | string[] }> }) {
  const campaignId = await dmCampaignFromQuery((await searchParams).campaign);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Maps"
        description="Battle maps with walls, doors and lights that import straight into Foundry VTT and Universal VTT."
      />
      <MapsWorkspace initialCampaignId={campaignId} />
    </div>
  );
}
