"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { SpinnerIcon } from "@/components/ui/icons";
import { useGalleryImages, type GalleryImage } from "@/lib/query/gallery";
import { cn } from "@/lib/ui/cn";
import { thumbnailUrl } from "./thumbnail-url";

export type PickedImage = { id: string; name: string };

/** What to call an image in the picker: its asset's name, else the start of its prompt. */
export function imageName(image: GalleryImage): string {
  return (
    image.asset?.name || image.prompt?.slice(0, 60) || `${image.format.toUpperCase()} ${image.width}×${image.height}`
  );
}

type ImagePickerProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (image: PickedImage) => void;
  selectedId?: string;
};

/** A dialog listing the user's gallery (newest first) as thumbnails; picking one closes it. */
export function ImagePickerDialog({ open, onOpenChange, onPick, selectedId }: ImagePickerProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        size="lg"
        title="Choose an image"
        description="Any image in your gallery: portraits, uploads, maps and generations (tokens themselves are left out)."
      >
        {/* Mounted only while open, so the gallery is fetched when the picker is used. */}
        {open && (
          <PickerGrid
            selectedId={selectedId}
            onPick={(image) => {
              onPick(image);
              onOpenChange(false);
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}

function PickerGrid({ onPick, selectedId }: { onPick: (image: PickedImage) => void; selectedId?: string }) {
  const [filters] = useState({});
  const gallery = useGalleryImages(filters);
  // Tokens already carry a ring: cutting a token from a token would ring it twice.
  const images = (gallery.data?.pages.flatMap((page) => page.images) ?? []).filter(
    (image) => image.asset?.kind.toLowerCase() !== "token",
  );

  if (gallery.isPending)
    return (
      <p role="status" className="flex items-center gap-2 py-8 text-sm text-fg-muted">
        <SpinnerIcon className="size-5 animate-spin" /> Loading your gallery…
      </p>
    );
  if (gallery.error)
    return (
      <p role="alert" className="text-sm text-danger">
        {gallery.error.message}
      </p>
    );
  if (images.length === 0 && !gallery.hasNextPage)
    return (
      <p className="py-8 text-center text-sm text-fg-muted">
        No images in your gallery yet. Generate or upload one first.
      </p>
    );

  return (
    <div className="space-y-4">
      <ul aria-label="Your images" className="grid max-h-[60dvh] grid-cols-3 gap-2 overflow-y-auto pr-1 sm:grid-cols-4">
        {images.map((image) => {
          const name = imageName(image);
          return (
            <li key={image.id}>
              <button
                type="button"
                aria-label={`Use ${name}`}
                aria-pressed={image.id === selectedId}
                title={name}
                onClick={() => onPick({ id: image.id, name })}
                className={cn(
                  "group block w-full overflow-hidden rounded-lg border bg-surface-sunken text-left transition-colors focus-visible:outline-2 focus-visible:outline-accent",
                  image.id === selectedId
                    ? "border-accent ring-2 ring-accent/60"
                    : "border-line hover:border-accent/70",
                )}
              >
                <img
                  src={thumbnailUrl(image.id)}
                  alt=""
                  loading="lazy"
                  width={160}
                  height={160}
                  className="aspect-square w-full object-cover"
                />
                <span className="block truncate px-2 py-1 text-xs text-fg-muted group-hover:text-fg">{name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {gallery.hasNextPage && (
        <div className="flex justify-center">
          <Button
            variant="secondary"
            size="sm"
            loading={gallery.isFetchingNextPage}
            onClick={() => void gallery.fetchNextPage()}
          >
            Load more
          </Button>
        </div>
      )}
    </div>
  );
}
