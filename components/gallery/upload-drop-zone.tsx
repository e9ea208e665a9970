"use client";

import { useState, type ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { useUploadImage } from "@/lib/query/gallery";
import { cn } from "@/lib/ui/cn";

/** Wraps the gallery: files dropped anywhere on it (or picked with the button) are uploaded. */
export function UploadDropZone({ children }: { children: ReactNode }) {
  const [dragging, setDragging] = useState(false);
  const { uploadFiles } = useUploader();
  return (
    <div
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void uploadFiles([...event.dataTransfer.files]);
      }}
      className={cn(
        "relative min-h-[60vh] rounded-card",
        dragging && "outline-dashed outline-2 outline-offset-4 outline-arcane-400",
      )}
    >
      {dragging && (
        <div className="pointer-events-none absolute inset-0 z-30 grid place-items-center rounded-card bg-ink-950/70 text-lg text-ink-50">
          Drop images to upload
        </div>
      )}
      {children}
    </div>
  );
}

export function UploadButton() {
  const { uploadFiles, pending } = useUploader();
  return (
    // A secondary button in looks; the file input inside takes the focus, so its ring is drawn here.
    <label
      className={buttonStyles({
        variant: "secondary",
        className:
          "cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent",
      })}
    >
      {pending ? "Uploading…" : "Upload"}
      <input
        type="file"
        accept="image/*"
        multiple
        className="sr-only"
        onChange={(event) => void uploadFiles([...(event.target.files ?? [])])}
      />
    </label>
  );
}

function useUploader() {
  const upload = useUploadImage();
  const { toast } = useToast();
  const uploadFiles = async (files: File[]) => {
    let saved = 0;
    for (const file of files) {
      try {
        await upload.mutateAsync(file);
        saved++;
      } catch (error) {
        toast({
          title: `Could not upload ${file.name}`,
          description: error instanceof Error ? error.message : "Upload failed",
          variant: "error",
        });
      }
    }
    if (saved > 0) toast({ title: saved === 1 ? "Image uploaded" : `${saved} images uploaded`, variant: "success" });
  };
  return { uploadFiles, pending: upload.isPending };
}
