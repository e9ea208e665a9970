"use client";

import { VisibilityControl } from "@/components/campaigns/visibility-control";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { GenerateDialog } from "@/components/generate/generate-dialog";
import { imageFileUrl } from "@/lib/images/urls";
import { useAssetDetail, type GalleryImage } from "@/lib/query/gallery";
import type { GenerationOptionsInput } from "@/lib/query/generations";
import { cn } from "@/lib/ui/cn";
import { TagEditor } from "./tag-editor";

type Props = {
  image: GalleryImage | null;
  onClose: () => void;
  onFavorite: (image: GalleryImage) => void;
  onTags: (image: GalleryImage, add: string[], remove: string[]) => void;
  suggestions: string[];
};

type Again = { prompt: string; options: GenerationOptionsInput; provider?: string };

/** "Generate again": the generation's prompt, provider and every option it was made with. */
export function againFrom(prompt: string, parameters: Record<string, unknown> | undefined): Again {
  const text = (key: string) =>
    typeof parameters?.[key] === "string" && parameters[key] ? (parameters[key] as string) : undefined;
  const options: GenerationOptionsInput = {
    ...(typeof parameters?.n === "number" ? { n: parameters.n } : {}),
    ...(text("size") ? { size: text("size") } : {}),
    ...(text("quality") ? { quality: text("quality") as GenerationOptionsInput["quality"] } : {}),
    ...(text("style") ? { style: text("style") as GenerationOptionsInput["style"] } : {}),
    ...(text("aspectRatio") ? { aspectRatio: text("aspectRatio") } : {}),
    ...(text("resolution") === "1k" || text("resolution") === "2k"
      ? { resolution: text("resolution") as "1k" | "2k" }
      : {}),
    // The generation's own seed: again with it, an engine that takes seeds draws the same picture.
    ...(typeof parameters?.seed === "number" ? { seed: parameters.seed } : {}),
  };
  return { prompt, options, provider: text("provider") };
}

/** The full image, its asset's generation history side by side, every parameter, and actions. */
export function ImageDialog({ image, onClose, onFavorite, onTags, suggestions }: Props) {
  const asset = useAssetDetail(image?.asset?.id);
  const [again, setAgain] = useState<Again | null>(null);
  // The prompt last copied: its button says so, and goes back once another prompt is shown.
  const [copiedPrompt, setCopiedPrompt] = useState<string | null>(null);
  // A history thumbnail opens its generation here; opening another image starts from its own.
  const [shown, setShown] = useState<{ imageId: string; generationId: string } | null>(null);
  const shownGenerationId = shown && shown.imageId === image?.id ? shown.generationId : image?.generation_id;
  const generation = asset.data?.generations.find((item) => item.id === shownGenerationId);
  const viewingOther = Boolean(image && generation && generation.id !== image.generation_id && generation.image_id);
  const shownUrl = viewingOther && generation?.image_id ? imageFileUrl(generation.image_id) : image?.url;
  const parameters = generation?.parameters;
  const prompt = parameters?.prompt ?? image?.prompt ?? "";
  return (
    <>
      <Dialog open={Boolean(image)} onOpenChange={(open) => !open && onClose()}>
        {image && (
          <DialogContent
            title={image.asset?.name ?? "Image"}
            description={`${image.width}×${image.height} ${image.format.toUpperCase()} · ${image.source}`}
            size="lg"
            className="md:max-w-5xl"
          >
            <div className="grid gap-5 md:grid-cols-[minmax(0,1fr)_18rem]">
              <img
                src={shownUrl}
                alt={image.asset?.name ?? "Image"}
                className="max-h-[70vh] w-full rounded-lg bg-ink-950 object-contain"
              />
              <div className="flex flex-col gap-4 text-sm">
                {viewingOther && (
                  <p
                    role="status"
                    className="flex flex-wrap items-center gap-2 rounded-lg border border-arcane/30 bg-arcane/10 px-3 py-2 text-ink-100"
                  >
                    Showing an earlier generation.
                    <Button size="sm" variant="ghost" onClick={() => setShown(null)}>
                      Back to this image
                    </Button>
                  </p>
                )}
                <div className="flex flex-wrap gap-2">
                  <Button
                    size="sm"
                    variant={image.is_favorite ? "primary" : "secondary"}
                    onClick={() => onFavorite(image)}
                  >
                    {image.is_favorite ? "★ Favorite" : "☆ Favorite"}
                  </Button>
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={!prompt}
                    onClick={() =>
                      void navigator.clipboard?.writeText(prompt).then(
                        () => setCopiedPrompt(prompt),
                        () => undefined,
                      )
                    }
                  >
                    {copiedPrompt === prompt ? "Copied" : "Copy prompt"}
                  </Button>
                  <Button size="sm" variant="secondary" onClick={() => setAgain(againFrom(prompt, parameters))}>
                    Generate again
                  </Button>
                </div>
                <VisibilityControl
                  item={{
                    type: "image",
                    id: image.id,
                    name: image.asset?.name ?? "Image",
                    campaignId: image.campaign_id,
                    visibility: image.visibility,
                  }}
                />
                <TagEditor
                  tags={image.tags}
                  suggestions={suggestions}
                  onChange={(add, remove) => onTags(image, add, remove)}
                />
                {asset.data && asset.data.generations.length > 0 && (
                  <section aria-label="Generation history">
                    <h3 className="mb-2 font-medium text-ink-50">History ({asset.data.generations.length})</h3>
                    <ul className="grid grid-cols-4 gap-2">
                      {asset.data.generations.map((item, index) => (
                        <li key={item.id} title={`${item.status} · ${new Date(item.created_at).toLocaleString()}`}>
                          {item.image_id ? (
                            <button
                              type="button"
                              aria-pressed={item.id === shownGenerationId}
                              aria-label={`Open generation ${index + 1} of ${asset.data!.generations.length} (${new Date(item.created_at).toLocaleString()})`}
                              onClick={() => setShown({ imageId: image.id, generationId: item.id })}
                              className="block w-full rounded"
                            >
                              <img
                                src={imageFileUrl(item.image_id, { width: 128, height: 128, format: "webp" })}
                                alt=""
                                className={cn(
                                  "aspect-square w-full rounded object-cover",
                                  item.id === shownGenerationId && "ring-2 ring-arcane-400",
                                  item.is_favorite && "border-2 border-accent",
                                )}
                              />
                            </button>
                          ) : (
                            <span className="grid aspect-square place-items-center rounded bg-ink-900 text-[10px] text-fg-subtle">
                              {item.status}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </section>
                )}
                <dl aria-label="Parameters" className="grid grid-cols-[6.5rem_1fr] gap-x-2 gap-y-1 text-fg-muted">
                  <LongParam label="Prompt" noun="prompt" value={prompt} />
                  <LongParam label="Enhanced" noun="enhanced prompt" value={parameters?.enhanced_prompt} />
                  <Param label="Provider" value={parameters?.provider} />
                  <Param label="Model" value={parameters?.model ?? image.model} />
                  <Param
                    label="Size"
                    value={(parameters?.size as string | undefined) ?? `${image.width}x${image.height}`}
                  />
                  <Param label="Seed" value={parameters?.seed as string | undefined} />
                  <Param label="Created" value={new Date(image.created_at).toLocaleString()} />
                </dl>
              </div>
            </div>
          </DialogContent>
        )}
      </Dialog>
      <GenerateDialog
        open={again !== null}
        onOpenChange={(open) => !open && setAgain(null)}
        initialPrompt={again?.prompt ?? ""}
        initialOptions={again?.options}
        initialProviderKind={again?.provider}
      />
    </>
  );
}

function Param({ label, value }: { label: string; value: unknown }) {
  if (value === undefined || value === null || value === "") return null;
  return (
    <>
      <dt className="text-fg-subtle">{label}</dt>
      <dd className="break-words text-ink-100">{String(value)}</dd>
    </>
  );
}

/**
 * A prompt: a few lines, and the rest on request. A portrait's prompt runs to a hundred words,
 * which in the dialog's narrow column pushed everything after it (model, seed) out of sight.
 */
function LongParam({ label, noun, value }: { label: string; noun: string; value: unknown }) {
  const [expanded, setExpanded] = useState(false);
  if (typeof value !== "string" || value === "") return null;
  const long = value.length > 160;
  return (
    <>
      <dt className="text-fg-subtle">{label}</dt>
      <dd className="break-words text-ink-100">
        <span className={cn(long && !expanded && "line-clamp-4")}>{value}</span>
        {long && (
          <button
            type="button"
            aria-expanded={expanded}
            aria-label={expanded ? `Show less of the ${noun}` : `Show all of the ${noun}`}
            onClick={() => setExpanded(!expanded)}
            className="mt-1 block text-xs text-accent underline underline-offset-2"
          >
            {expanded ? "Show less" : "Show all"}
          </button>
        )}
      </dd>
    </>
  );
}
