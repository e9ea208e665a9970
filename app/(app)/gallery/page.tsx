import type { Metadata } from "next";
import { FeaturePlaceholder } from "@/components/layout/feature-placeholder";

export const metadata: Metadata = { title: "Gallery" };

export default function GalleryPage() {
  return <FeaturePlaceholder href="/gallery" />;
}
