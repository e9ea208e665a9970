"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MapView } from "@/lib/maps/map-view";
import { MapVersions } from "./map-versions";
import { MapViewport } from "./map-viewport";
import { RoomKey } from "./room-key";

const FORMATS = [["png", "PNG"], ["webp", "WebP"], ["foundry", "Foundry JSON"], ["dd2vtt", "Universal VTT (.dd2vtt)"]] as const;

/** The picture with zoom and pan, export overlays, versions, the room key, downloads and regenerate. */
export function MapResult({ map, onRegenerate, onPickVersion, busy }: { map: MapView; onRegenerate: () => void; onPickVersion: (id: string) => void; busy: boolean }) {
  const [show, setShow] = useState({ walls: false, doors: false, lights: false });
  const [zoom, setZoom] = useState(1);
  return (
    <section className="space-y-4" aria-label="Generated map">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{map.name} — version {map.version}</h2>
        <span className="text-sm text-white/60">seed {map.seed} · {map.widthSquares}×{map.heightSquares} squares · {map.difficulty}{map.layout.source.kind === "ai" ? " · AI layout" : ""}</span>
        <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={busy}>Regenerate</Button>
      </div>
      <MapVersions versions={map.versions} currentId={map.id} onPick={onPickVersion} />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        {(["walls", "doors", "lights"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1"><input type="checkbox" checked={show[k]} onChange={(e) => setShow({ ...show, [k]: e.target.checked })} />Show {k}</label>
        ))}
        <label className="flex items-center gap-1">Zoom<input type="range" min={0.5} max={4} step={0.25} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} /></label>
        <span className="text-white/50">Drag the map to pan</span>
      </div>
      <MapViewport map={map} show={show} zoom={zoom} onZoom={setZoom} />
      {map.layout.source.notes.length > 0 && <p className="text-sm text-amber-300">{map.layout.source.notes.join(" · ")}</p>}
      <div className="flex flex-wrap gap-2">
        {FORMATS.map(([format, label]) => <a key={format} className="rounded-md border border-white/15 px-3 py-1 text-sm hover:bg-white/10" href={`/api/maps/${map.id}/download?format=${format}`} download>Download {label}</a>)}
        {map.campaignId && (
          <a className="rounded-md border border-white/15 px-3 py-1 text-sm hover:bg-white/10" href={`/api/maps/${map.id}/download?format=foundry&tokens=party`} download title="The party's tokens stand on free floor by the entrance; unzip the campaign's token pack into Foundry's data folder for their pictures.">
            Download Foundry JSON with party tokens
          </a>
        )}
      </div>
      <RoomKey rooms={map.layout.rooms} />
    </section>
  );
}
