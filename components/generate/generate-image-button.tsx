"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SparkleIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";

// The dialog (profiles, options, live status) loads with the first press, not with the page.
const GenerateDialog = dynamic(() => import("./generate-dialog").then((module) => module.GenerateDialog), {
  ssr: false,
});

/** A "Generate image" button that owns its dialog; drop it on any page. */
export function GenerateImageButton({ initialPrompt, className }: { initialPrompt?: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const { toast } = useToast();
  return (
    <>
      <Button
        className={className}
        onPointerEnter={() => void import("./generate-dialog")}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      >
        <SparkleIcon /> Generate image
      </Button>
      {wanted && (
        <GenerateDialog
          open={open}
          onOpenChange={setOpen}
          initialPrompt={initialPrompt}
          onSaved={(images) =>
            toast({
              title: images.length === 1 ? "Image saved" : `${images.length} images saved`,
              description: "Find them in your gallery.",
              variant: "success",
            })
          }
          onDiscarded={(ids) =>
            toast({
              title: ids.length === 1 ? "Image discarded" : `${ids.length} images discarded`,
              description: "Removed from your gallery.",
            })
          }
        />
      )}
    </>
  );
}
