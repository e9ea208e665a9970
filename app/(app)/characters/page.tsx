import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Characters" };

export default function CharactersPage() {
  return <FeaturePlaceholder href="/characters" />;
}
