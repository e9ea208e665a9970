"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MapView } from "@/lib/maps/map-view";
import { MapOverlay } from "./map-overlay";

const FORMATS = [["png", "PNG"], ["webp", "WebP"], ["foundry", "Foundry JSON"], ["dd2vtt", "Universal VTT (.dd2vtt)"]] as const;

/** The picture with zoom, export overlays, the room key, downloads and regenerate. */
export function MapResult({ map, onRegenerate, busy }: { map: MapView; onRegenerate: () => void; busy: boolean }) {
  const [show, setShow] = useState({ walls: false, doors: false, lights: false });
  const [zoom, setZoom] = useState(1);
  return (
    <section className="space-y-4" aria-label="Generated map">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{map.name} — version {map.version}</h2>
        <span className="text-sm text-white/60">seed {map.seed} · {map.widthSquares}×{map.heightSquares} squares · {map.difficulty}</span>
        <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={busy}>Regenerate</Button>
      </div>
      <div className="flex flex-wrap gap-4 text-sm">
        {(["walls", "doors", "lights"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1"><input type="checkbox" checked={show[k]} onChange={(e) => setShow({ ...show, [k]: e.target.checked })} />Show {k}</label>
        ))}
        <label className="flex items-center gap-1">Zoom<input type="range" min={0.5} max={3} step={0.25} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} /></label>
      </div>
      <div className="max-h-[70vh] overflow-auto rounded-lg border border-white/10">
        <div className="relative" style={{ width: `${zoom * 100}%` }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- an authorized, private image route */}
          <img src={map.imageUrl} alt={`${map.name} version ${map.version}`} className="block w-full" />
          <MapOverlay layout={map.layout} show={show} />
        </div>
      </div>
      {map.layout.source.notes.length > 0 && <p className="text-sm text-amber-300">{map.layout.source.notes.join(" · ")}</p>}
      <div className="flex flex-wrap gap-2">
        {FORMATS.map(([format, label]) => <a key={format} className="rounded-md border border-white/15 px-3 py-1 text-sm hover:bg-white/10" href={`/api/maps/${map.id}/download?format=${format}`} download>Download {label}</a>)}
      </div>
      <ol className="grid gap-2 sm:grid-cols-2" aria-label="Room key">
        {map.layout.rooms.map((room) => (
          <li key={room.id} className="rounded-md border border-white/10 p-3 text-sm">
            <strong>{room.id}. {room.name}</strong> <span className="text-white/60">({room.w * 5}×{room.h * 5} ft)</span>
            <p>{room.contents.join("; ")}</p>
            {room.hazards.length > 0 && <p className="text-red-300">Hazard: {room.hazards.join("; ")}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
