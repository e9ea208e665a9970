"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DIFFICULTIES, MAP_TYPES } from "@/lib/maps/types";
import type { MapView } from "@/lib/maps/map-view";
import { MapResult } from "./map-result";

const field = "rounded-md border border-white/15 bg-black/30 px-3 py-2 text-sm";

/** Description, type, size, difficulty and seed → POST /api/generate/map → the map. */
export function MapGenerator() {
  const [form, setForm] = useState({ description: "", mapType: "dungeon", difficulty: "medium", width: 30, height: 30, seed: "" });
  const [map, setMap] = useState<MapView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function generate(regenerateOf?: string) {
    setError(null);
    setStatus("Laying out, rendering and exporting…");
    const body = { ...form, seed: form.seed || undefined, ...(regenerateOf ? { regenerateOf } : {}) };
    const response = await fetch("/api/generate/map", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const data = await response.json();
    setStatus(null);
    if (!response.ok) return setError(data.error?.message ?? "Could not generate the map");
    setMap(data);
  }
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: key === "width" || key === "height" ? Number(e.target.value) : e.target.value });

  return (
    <div className="space-y-6">
      <form className="grid gap-3 sm:grid-cols-3" onSubmit={(e) => { e.preventDefault(); void generate(); }}>
        <label className="flex flex-col gap-1 text-sm sm:col-span-3">Description<textarea className={field} value={form.description} onChange={set("description")} maxLength={2000} /></label>
        <label className="flex flex-col gap-1 text-sm">Map type<select aria-label="Map type" className={field} value={form.mapType} onChange={set("mapType")}>{MAP_TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label className="flex flex-col gap-1 text-sm">Difficulty<select className={field} value={form.difficulty} onChange={set("difficulty")}>{DIFFICULTIES.map((d) => <option key={d}>{d}</option>)}</select></label>
        <label className="flex flex-col gap-1 text-sm">Seed<input className={field} value={form.seed} onChange={set("seed")} placeholder="random" /></label>
        <label className="flex flex-col gap-1 text-sm">Width (squares)<input className={field} type="number" min={10} max={80} value={form.width} onChange={set("width")} /></label>
        <label className="flex flex-col gap-1 text-sm">Height (squares)<input className={field} type="number" min={10} max={80} value={form.height} onChange={set("height")} /></label>
        <div className="flex items-end"><Button type="submit" disabled={status !== null}>Generate map</Button></div>
      </form>
      {status && <p role="status" className="text-sm text-amber-300">{status}</p>}
      {error && <p role="alert" className="text-sm text-red-400">{error}</p>}
      {map && <MapResult map={map} onRegenerate={() => void generate(map.id)} busy={status !== null} />}
    </div>
  );
}
