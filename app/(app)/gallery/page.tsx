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
          // On a phone: Statistics and Upload share a row in equal halves, Generate image has the
          // next row to itself; in reading (and focus) order either way.
          <div className="grid w-full grid-cols-2 gap-2 sm:flex sm:w-auto sm:flex-wrap">
            <Link href="/gallery/stats" className={buttonStyles({ variant: "secondary" })}>
              Statistics
            </Link>
            <UploadButton />
            <GenerateImageButton className="col-span-2" />
          </div>
        }
      />
      <GalleryView />
    </>
  );
}
