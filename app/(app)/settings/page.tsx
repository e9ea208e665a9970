import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Settings" };

export default function SettingsPage() {
  return <FeaturePlaceholder href="/settings" />;
}
