import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Maps" };

export default function MapsPage() {
  return <FeaturePlaceholder href="/maps" />;
}
