"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SparkleIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { GenerateDialog } from "./generate-dialog";

/** A "Generate image" button that owns its dialog; drop it on any page. */
export function GenerateImageButton({ initialPrompt }: { initialPrompt?: string }) {
  const [open, setOpen] = useState(false);
  const { toast } = useToast();
  return (
    <>
      <Button onClick={() => setOpen(true)}>
        <SparkleIcon /> Generate image
      </Button>
      <GenerateDialog
        open={open}
        onOpenChange={setOpen}
        initialPrompt={initialPrompt}
        onSaved={(images) => toast({ title: images.length === 1 ? "Image saved" : `${images.length} images saved`, description: "Find them in your gallery.", variant: "success" })}
      />
    </>
  );
}
