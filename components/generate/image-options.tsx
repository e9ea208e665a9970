"use client";

import { Select } from "@/components/ui/select";
import type { GenerationOptionsInput } from "@/lib/query/generations";
import type { ImageCapabilities } from "./image-capabilities";

/** The starting options for a model: one image at its first (native) size, provider defaults otherwise. */
export function defaultOptionsFor(capabilities: ImageCapabilities): GenerationOptionsInput {
  return { n: 1, size: capabilities.sizes[0] };
}

/** Drops what the newly chosen model does not accept, so a request never carries a stale option. */
export function fitOptions(options: GenerationOptionsInput, capabilities: ImageCapabilities): GenerationOptionsInput {
  return {
    n: Math.min(options.n ?? 1, capabilities.maxN),
    size: options.size && capabilities.sizes.includes(options.size) ? options.size : capabilities.sizes[0],
    quality: options.quality && capabilities.qualities?.includes(options.quality) ? options.quality : undefined,
    style: options.style && capabilities.styles?.includes(options.style) ? options.style : undefined,
    aspectRatio:
      options.aspectRatio && capabilities.aspectRatios?.includes(options.aspectRatio) ? options.aspectRatio : undefined,
    resolution: options.resolution,
    seed: capabilities.seed ? options.seed : undefined,
  };
}

const DEFAULT = "default";
const QUALITY_LABELS = { standard: "Standard", hd: "HD (slower, more detail)" } as const;
const STYLE_LABELS = { vivid: "Vivid", natural: "Natural" } as const;

type ImageOptionsProps = {
  capabilities: ImageCapabilities;
  value: GenerationOptionsInput;
  onChange: (value: GenerationOptionsInput) => void;
};

/** Only the controls the chosen model supports; nothing is shown that the provider would refuse. */
export function ImageOptions({ capabilities, value, onChange }: ImageOptionsProps) {
  const set = (patch: GenerationOptionsInput) => onChange({ ...value, ...patch });
  const { maxN, sizes, qualities, styles, aspectRatios } = capabilities;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {maxN > 1 ? (
        <Select
          label="Number of images"
          value={String(value.n ?? 1)}
          onValueChange={(n) => set({ n: Number(n) })}
          options={Array.from({ length: maxN }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }))}
        />
      ) : (
        <p className="self-end text-sm text-fg-subtle">This model makes one image per request.</p>
      )}
      {sizes.length > 1 && (
        <Select
          label="Size"
          value={value.size ?? sizes[0]}
          onValueChange={(size) => set({ size })}
          options={sizes.map((size) => ({
            value: size,
            label: size === "auto" ? "Automatic" : size.replace("x", " × "),
          }))}
        />
      )}
      {aspectRatios && aspectRatios.length > 0 && (
        <Select
          label="Aspect ratio"
          value={value.aspectRatio ?? DEFAULT}
          onValueChange={(ratio) => set({ aspectRatio: ratio === DEFAULT ? undefined : ratio })}
          options={[
            { value: DEFAULT, label: "Model default" },
            ...aspectRatios.map((ratio) => ({ value: ratio, label: ratio })),
          ]}
        />
      )}
      {qualities && qualities.length > 0 && (
        <Select
          label="Quality"
          value={value.quality ?? DEFAULT}
          onValueChange={(quality) =>
            set({ quality: quality === DEFAULT ? undefined : (quality as "standard" | "hd") })
          }
          options={[
            { value: DEFAULT, label: "Model default" },
            ...qualities.map((quality) => ({ value: quality, label: QUALITY_LABELS[quality] })),
          ]}
        />
      )}
      {styles && styles.length > 0 && (
        <Select
          label="Style"
          value={value.style ?? DEFAULT}
          onValueChange={(style) => set({ style: style === DEFAULT ? undefined : (style as "vivid" | "natural") })}
          options={[
            { value: DEFAULT, label: "Model default" },
            ...styles.map((style) => ({ value: style, label: STYLE_LABELS[style] })),
          ]}
        />
      )}
    </div>
  );
}
