import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Tokens" };

export default function TokensPage() {
  return <FeaturePlaceholder href="/tokens" />;
}
