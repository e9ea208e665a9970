"use client";

import dynamic from "next/dynamic";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { GalleryIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import {
  useBulkImages,
  useGalleryImages,
  useProjectTags,
  type BulkAction,
  type GalleryFilters,
  type GalleryImage,
} from "@/lib/query/gallery";
import { BulkBar } from "./bulk-bar";
import { GalleryFilterBar } from "./gallery-filters";
import { GalleryGrid } from "./gallery-grid";
import { useGalleryKeyboard } from "./use-gallery-keyboard";
import { UploadDropZone } from "./upload-drop-zone";

// The image dialog (and the Generate dialog inside it) loads when an image is first opened.
const ImageDialog = dynamic(() => import("./image-dialog").then((module) => module.ImageDialog), { ssr: false });
// The delete confirmation (Radix Dialog) loads when a delete is first asked for.
const ConfirmDialog = dynamic(() => import("./confirm-dialog").then((module) => module.ConfirmDialog), { ssr: false });

/** The gallery: filters, an endless grid, multi-select with bulk actions, the image dialog. */
export function GalleryView() {
  const [filters, setFilters] = useState<GalleryFilters>({});
  const deferredFilters = useDeferredValue(filters);
  const images = useGalleryImages(deferredFilters);
  const tags = useProjectTags();
  const bulk = useBulkImages();
  const { toast } = useToast();
  const list = useMemo(() => images.data?.pages.flatMap((page) => page.images) ?? [], [images.data]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [focused, setFocused] = useState(0);
  const [focusRequest, setFocusRequest] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const [pendingDelete, setPendingDelete] = useState<string[] | null>(null);
  const openImage = list.find((image) => image.id === openId) ?? null;
  // Mounted from the first open on, so later closes still animate.
  const [imageDialogWanted, setImageDialogWanted] = useState(false);
  if (openImage && !imageDialogWanted) setImageDialogWanted(true);
  // Once loaded the confirmation stays mounted, so it can play its closing animation.
  const [confirmWanted, setConfirmWanted] = useState(false);
  if (pendingDelete !== null && !confirmWanted) setConfirmWanted(true);

  const run = useCallback(
    async (action: BulkAction, ids: string[], tagList?: string[], { announce = false } = {}) => {
      try {
        const result = await bulk.mutateAsync({ action, image_ids: ids, tags: tagList });
        // Each refused image says why ("Only the DM can change this"); the distinct reasons are shown.
        if (result.failed.length)
          toast({
            title: `${result.failed.length} could not be changed`,
            description: [...new Set(result.failed.map((item) => item.error))].join(" · "),
            variant: "error",
          });
        // A bulk action or a delete says it is done: a tag or a reveal changes only a small badge on
        // a tile. A change made in the open image's dialog shows there and says nothing more (a
        // toast would also be the layer Escape closes first, instead of the dialog).
        else if (announce || action === "delete")
          toast({ title: bulkDoneTitle(action, ids.length, tagList), variant: "success" });
        return result.failed.length === 0;
      } catch (error) {
        toast({
          title: "That did not work",
          description: error instanceof Error ? error.message : undefined,
          variant: "error",
        });
        return false;
      }
    },
    [bulk, toast],
  );

  const toggle = useCallback(
    (index: number, shift: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        if (shift && anchor !== null) {
          const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
          for (const image of list.slice(from, to + 1)) next.add(image.id);
        } else if (next.has(list[index].id)) next.delete(list[index].id);
        else next.add(list[index].id);
        return next;
      });
      setAnchor(index);
    },
    [anchor, list],
  );

  const { fetchNextPage } = images;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const favorite = (image: GalleryImage) => void run(image.is_favorite ? "unfavorite" : "favorite", [image.id]);
  useGalleryKeyboard({
    count: list.length,
    focused,
    onMove: (index) => {
      setFocused(index);
      setFocusRequest((request) => request + 1);
    },
    dialogOpen: Boolean(openImage) || pendingDelete !== null,
    onOpen: (index) => setOpenId(list[index]?.id ?? null),
    onFavorite: (index) => list[index] && favorite(list[index]),
    onDelete: (index) => setPendingDelete(selected.size ? [...selected] : list[index] ? [list[index].id] : null),
    onClear: () => setSelected(new Set()),
    openIndex: openImage ? list.indexOf(openImage) : -1,
    onMoveOpen: (index) => setOpenId(list[index]?.id ?? null),
    onFavoriteOpen: () => openImage && favorite(openImage),
    onDeleteOpen: () => openImage && setPendingDelete([openImage.id]),
  });

  return (
    <UploadDropZone>
      <div className="flex flex-col gap-4">
        <GalleryFilterBar
          filters={filters}
          onChange={setFilters}
          tagNames={(tags.data?.tags ?? []).map((tag) => tag.name)}
        />
        {selected.size > 0 && (
          <BulkBar
            zipHref={`/api/gallery/images/zip?ids=${[...selected].slice(0, 200).join(",")}`}
            count={selected.size}
            total={list.length}
            busy={bulk.isPending}
            onAction={(action, tagList) => run(action, [...selected], tagList, { announce: true })}
            onDelete={() => setPendingDelete([...selected])}
            onSelectAll={() => setSelected(new Set(list.map((image) => image.id)))}
            onClear={() => setSelected(new Set())}
          />
        )}
        {images.isPending ? (
          <p className="text-fg-muted">Loading images…</p>
        ) : list.length === 0 ? (
          <EmptyState
            icon={<GalleryIcon />}
            title="No images here yet"
            description="Generate an image, or drop image files anywhere on this page to upload them."
          />
        ) : (
          <GalleryGrid
            images={list}
            selected={selected}
            focused={focused}
            focusRequest={focusRequest}
            onFocus={setFocused}
            onOpen={(index) => setOpenId(list[index].id)}
            onToggle={toggle}
            hasMore={Boolean(images.hasNextPage)}
            loadingMore={images.isFetchingNextPage}
            onLoadMore={loadMore}
          />
        )}
      </div>
      {imageDialogWanted && (
        <ImageDialog
          image={openImage}
          onClose={() => setOpenId(null)}
          onFavorite={favorite}
          onTags={(image, add, remove) =>
            void (add.length ? run("tag", [image.id], add) : run("untag", [image.id], remove))
          }
          suggestions={(tags.data?.tags ?? []).map((tag) => tag.name)}
        />
      )}
      {confirmWanted && (
        <ConfirmDialog
          open={pendingDelete !== null}
          title={
            pendingDelete && pendingDelete.length > 1 ? `Delete ${pendingDelete.length} images?` : "Delete this image?"
          }
          description="The files are removed for good. This cannot be undone."
          confirmLabel="Delete"
          onOpenChange={(open) => !open && setPendingDelete(null)}
          onConfirm={() => {
            const ids = pendingDelete ?? [];
            setPendingDelete(null);
            setSelected(new Set());
            if (openId && ids.includes(openId)) setOpenId(null);
            void run("delete", ids);
          }}
        />
      )}
    </UploadDropZone>
  );
}

/** "2 images tagged #session-1", "Image revealed to players". */
function bulkDoneTitle(action: BulkAction, count: number, tags: string[] = []): string {
  const what = count === 1 ? "Image" : `${count} images`;
  const hashTags = tags.map((tag) => `#${tag}`).join(" ");
  const done: Record<BulkAction, string> = {
    tag: `tagged ${hashTags}`,
    untag: `untagged ${hashTags}`,
    favorite: "added to favorites",
    unfavorite: "removed from favorites",
    reveal: "revealed to players",
    hide: "hidden from players",
    delete: "deleted",
  };
  return `${what} ${done[action]}`;
}
