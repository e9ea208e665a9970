import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { TokensWorkspace } from "@/components/tokens/tokens-workspace";
import { getCurrentUser } from "@/lib/auth/session";
import { dmCampaignForWorkspace } from "../dm-campaign-for-workspace";

export const metadata: Metadata = { title: "Tokens" };

/** Opens on `?campaign=<id>` (from the campaign's page), else on the campaign the DM ran last. */
export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<{ campaign?: string | string[] }>;
}) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in"); // the layout already does this; here it narrows the type
  const campaignId = await dmCampaignForWorkspace((await searchParams).campaign);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Tokens"
        description="Round tokens with a disposition ring, sized by creature size, from portraits, gallery images or a description — and a pack that drops into Foundry VTT."
      />
      <TokensWorkspace userId={user.id} initialCampaignId={campaignId} />
    </div>
  );
}
