import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { MapsWorkspace } from "@/components/maps/maps-workspace";
import { dmCampaignForWorkspace } from "../dm-campaign-for-workspace";

export const metadata: Metadata = { title: "Maps" };

/** New maps go to `?campaign=<id>` (from the campaign's page), else to the campaign the DM ran last. */
export default async function MapsPage({ searchParams }: { searchParams: Promise<{ campaign?: string | string[] }> }) {
  const campaignId = await dmCampaignForWorkspace((await searchParams).campaign);
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
