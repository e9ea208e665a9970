import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { GenerateImageButton } from "@/components/generate/generate-image-button";
import { EmptyState } from "@/components/ui/empty-state";
import { GalleryIcon } from "@/components/ui/icons";
import { NAV_ITEMS } from "@/components/layout/nav-items";

export const metadata: Metadata = { title: "Gallery" };

const summary = NAV_ITEMS.find((item) => item.href === "/gallery")?.summary;

/** The gallery is not built yet; generating already works, so the page offers that meanwhile. */
export default function GalleryPage() {
  return (
    <>
      <PageHeader title="Gallery" actions={<GenerateImageButton />} />
      <EmptyState
        icon={<GalleryIcon />}
        title="Not built yet"
        description={
          <>
            {summary} Until then, images you generate here are saved and can be found again once the gallery ships.
          </>
        }
      />
    </>
  );
}
