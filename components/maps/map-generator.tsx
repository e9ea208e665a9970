"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DIFFICULTIES, MAP_TYPES } from "@/lib/schemas/map-layout";
import { largestPixelsPerSquare, MAP_MAX_PICTURE_MEGAPIXELS, MAP_MAX_PICTURE_SIDE_PX, MAP_MAX_SQUARES, MAP_MIN_PIXELS_PER_SQUARE, MAP_MIN_SQUARES } from "@/lib/schemas/map-size-bounds";
import { CampaignSelect } from "./campaign-select";
import { ProfilePicker } from "./profile-picker";

const field = "rounded-md border border-white/15 bg-black/30 px-3 py-2 text-sm";

export type MapForm = { description: string; mapType: string; difficulty: string; width: number; height: number; pixelsPerSquare: number; seed: string; profileId: string; campaignId: string };

/** Description, type, size, difficulty, seed, campaign and layout profile → onGenerate(body). */
export function MapGenerator({ onGenerate, busy }: { onGenerate: (body: Record<string, unknown>) => void; busy: boolean }) {
  const [form, setForm] = useState<MapForm>({ description: "", mapType: "dungeon", difficulty: "medium", width: 30, height: 30, pixelsPerSquare: 70, seed: "", profileId: "", campaignId: "" });
  const set = (key: keyof MapForm) => (e: { target: { value: string } }) => setForm({ ...form, [key]: key === "width" || key === "height" || key === "pixelsPerSquare" ? Number(e.target.value) : e.target.value });
  const submit = () => onGenerate({ ...form, seed: form.seed || undefined, profileId: form.profileId || undefined, campaignId: form.campaignId || undefined });

  return (
    <form className="grid gap-3 sm:grid-cols-3" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label className="flex flex-col gap-1 text-sm sm:col-span-3">Description<textarea className={field} value={form.description} onChange={set("description")} maxLength={2000} placeholder="A flooded crypt beneath the old chapel, haunted by its last abbot" /></label>
      <label className="flex flex-col gap-1 text-sm">Map type<select aria-label="Map type" className={field} value={form.mapType} onChange={set("mapType")}>{MAP_TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
      <label className="flex flex-col gap-1 text-sm">Difficulty<select className={field} value={form.difficulty} onChange={set("difficulty")}>{DIFFICULTIES.map((d) => <option key={d}>{d}</option>)}</select></label>
      <label className="flex flex-col gap-1 text-sm">Seed<input className={field} value={form.seed} onChange={set("seed")} placeholder="random" /></label>
      <label className="flex flex-col gap-1 text-sm">Width (squares)<input className={field} type="number" min={MAP_MIN_SQUARES} max={MAP_MAX_SQUARES} value={form.width} onChange={set("width")} /></label>
      <label className="flex flex-col gap-1 text-sm">Height (squares)<input className={field} type="number" min={MAP_MIN_SQUARES} max={MAP_MAX_SQUARES} value={form.height} onChange={set("height")} /></label>
      <label className="flex flex-col gap-1 text-sm">
        Pixels per square
        <input className={field} type="number" min={MAP_MIN_PIXELS_PER_SQUARE} max={largestPixelsPerSquare(form.width, form.height)} value={form.pixelsPerSquare} onChange={set("pixelsPerSquare")} aria-describedby="pps-hint" />
        <span id="pps-hint" className="text-xs text-white/50">Up to {largestPixelsPerSquare(form.width, form.height)} at this size (pictures at most {MAP_MAX_PICTURE_SIDE_PX} px a side, {MAP_MAX_PICTURE_MEGAPIXELS} megapixels)</span>
      </label>
      <ProfilePicker value={form.profileId} onChange={(profileId) => setForm({ ...form, profileId })} className={field} />
      <CampaignSelect value={form.campaignId} onChange={(campaignId) => setForm({ ...form, campaignId })} label="Save to campaign" emptyLabel="No campaign (my maps)" dmOnly className={field} />
      <div className="flex items-end sm:col-span-2"><Button type="submit" disabled={busy}>Generate map</Button></div>
    </form>
  );
}
