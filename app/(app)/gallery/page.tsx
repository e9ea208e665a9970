import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { GenerateImageButton } from "@/components/generate/generate-image-button";
import { GalleryView } from "@/components/gallery/gallery-view";
import { UploadButton } from "@/components/gallery/upload-drop-zone";
import { buttonStyles } from "@/components/ui/button";

export const metadata: Metadata = { title: "Gallery" };

/** Every image the user generated or uploaded, and their campaigns' images. */
export default function GalleryPage() {
  return (
    <>
      <PageHeader
        title="Gallery"
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href="/gallery/stats" className={buttonStyles({ variant: "ghost" })}>
              Statistics
            </Link>
            <UploadButton />
            <GenerateImageButton />
          </div>
        }
      />
      <GalleryView />
    </>
  );
}
