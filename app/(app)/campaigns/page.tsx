import type { Metadata } from "next";
import { CampaignsOverview } from "@/components/campaigns/campaigns-overview";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = { title: "Campaigns" };

/** `?join=CODE` is the invite link: it fills in the code. */
export default async function CampaignsPage({ searchParams }: { searchParams: Promise<{ join?: string }> }) {
  const { join } = await searchParams;
  return (
    <>
      <PageHeader title="Campaigns" description="Run a campaign as its DM, or join one with an invite code." />
      <CampaignsOverview inviteCode={join ?? ""} />
    </>
  );
}
