import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { StatsView } from "@/components/gallery/stats-view";
import { buttonStyles } from "@/components/ui/button";

export const metadata: Metadata = { title: "Gallery statistics" };

export default function GalleryStatsPage() {
  return (
    <>
      <PageHeader
        title="Statistics"
        description="Your library at a glance: generations over the last 30 days, models, storage and tags."
        actions={
          <Link href="/gallery" className={buttonStyles({ variant: "secondary" })}>
            Back to gallery
          </Link>
        }
      />
      <StatsView />
    </>
  );
}
