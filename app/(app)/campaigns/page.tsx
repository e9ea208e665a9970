import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Campaigns" };

export default function CampaignsPage() {
  return <FeaturePlaceholder href="/campaigns" />;
}
