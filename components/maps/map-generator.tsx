"use client";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { readDescription } from "@/lib/maps/read-description";
import { DIFFICULTIES, MAP_STYLES, MAP_TYPES } from "@/lib/schemas/map-layout";
import {
  largestPixelsPerSquare,
  MAP_MAX_PICTURE_MEGAPIXELS,
  MAP_MAX_PICTURE_SIDE_PX,
  MAP_MAX_SQUARES,
  MAP_MIN_PIXELS_PER_SQUARE,
  MAP_MIN_SQUARES,
} from "@/lib/schemas/map-size-bounds";
import { CampaignSelect } from "./campaign-select";
import { DescriptionReading } from "./description-reading";
import { ProfilePicker } from "./profile-picker";

export type MapForm = {
  description: string;
  mapType: string;
  difficulty: string;
  style: string;
  width: number;
  height: number;
  pixelsPerSquare: number;
  seed: string;
  profileId: string;
  campaignId: string;
};

const title = (s: string) => s[0].toUpperCase() + s.slice(1);
const STYLE_LABEL: Record<string, string> = { painted: "Painted (full colour)", ink: "Ink on parchment" };

/** Description, type, size, difficulty, style, seed, campaign and layout profile → onGenerate(body). */
export function MapGenerator({
  onGenerate,
  busy,
  initialCampaignId = "",
}: {
  onGenerate: (body: Record<string, unknown>) => void;
  busy: boolean;
  initialCampaignId?: string;
}) {
  const [form, setForm] = useState<MapForm>({
    description: "",
    mapType: "dungeon",
    difficulty: "medium",
    style: "painted",
    width: 30,
    height: 30,
    pixelsPerSquare: 70,
    seed: "",
    profileId: "",
    campaignId: initialCampaignId,
  });
  const set = (key: keyof MapForm) => (value: string) =>
    setForm({
      ...form,
      [key]: key === "width" || key === "height" || key === "pixelsPerSquare" ? Number(value) : value,
    });
  const submit = () =>
    onGenerate({
      ...form,
      seed: form.seed || undefined,
      profileId: form.profileId || undefined,
      campaignId: form.campaignId || undefined,
    });
  // What the built-in generator will make of the description, shown while typing (no request).
  const reading = useMemo(() => readDescription(form.description).reading, [form.description]);
  const maxPps = largestPixelsPerSquare(form.width, form.height);

  return (
    <form
      className="grid gap-3 sm:grid-cols-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="sm:col-span-3">
        <Textarea
          label="Description"
          rows={2}
          value={form.description}
          onChange={(e) => set("description")(e.target.value)}
          maxLength={2000}
          placeholder="A flooded crypt beneath the old chapel, haunted by its last abbot"
        />
        <DescriptionReading reading={reading} />
      </div>
      <Select
        label="Map type"
        value={form.mapType}
        onValueChange={set("mapType")}
        options={MAP_TYPES.map((t) => ({ value: t, label: title(t) }))}
      />
      <Select
        label="Difficulty"
        value={form.difficulty}
        onValueChange={set("difficulty")}
        options={DIFFICULTIES.map((d) => ({ value: d, label: title(d) }))}
      />
      <Select
        label="Style"
        value={form.style}
        onValueChange={set("style")}
        options={MAP_STYLES.map((s) => ({ value: s, label: STYLE_LABEL[s] ?? s }))}
      />
      <Input
        label="Width (squares)"
        type="number"
        inputMode="numeric"
        min={MAP_MIN_SQUARES}
        max={MAP_MAX_SQUARES}
        value={form.width}
        onChange={(e) => set("width")(e.target.value)}
      />
      <Input
        label="Height (squares)"
        type="number"
        inputMode="numeric"
        min={MAP_MIN_SQUARES}
        max={MAP_MAX_SQUARES}
        value={form.height}
        onChange={(e) => set("height")(e.target.value)}
      />
      <Input
        label="Pixels per square"
        type="number"
        inputMode="numeric"
        min={MAP_MIN_PIXELS_PER_SQUARE}
        max={maxPps}
        value={form.pixelsPerSquare}
        onChange={(e) => set("pixelsPerSquare")(e.target.value)}
        hint={`Up to ${maxPps} at this size (pictures at most ${MAP_MAX_PICTURE_SIDE_PX} px a side, ${MAP_MAX_PICTURE_MEGAPIXELS} megapixels)`}
      />
      <Input label="Seed" value={form.seed} onChange={(e) => set("seed")(e.target.value)} placeholder="random" />
      <ProfilePicker value={form.profileId} onChange={(profileId) => setForm({ ...form, profileId })} />
      <CampaignSelect
        value={form.campaignId}
        onChange={(campaignId) => setForm({ ...form, campaignId })}
        label="Save to campaign"
        emptyLabel="No campaign (my maps)"
        dmOnly
      />
      <div className="flex items-end sm:col-span-3">
        <Button type="submit" disabled={busy}>
          Generate map
        </Button>
      </div>
    </form>
  );
}
