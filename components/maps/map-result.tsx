"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MapView } from "@/lib/schemas/maps-response";
import { VisibilityControl } from "@/components/campaigns/visibility-control";
import { Badge } from "@/components/ui/badge";
import { MapDownloads } from "./map-downloads";
import { MapVersions } from "./map-versions";
import { MapViewport } from "./map-viewport";
import { RoomKey } from "./room-key";

/** The picture with zoom and pan, export overlays, versions, the room key, downloads and regenerate. */
export function MapResult({ map, onRegenerate, onPickVersion, busy }: { map: MapView; onRegenerate: () => void; onPickVersion: (id: string) => void; busy: boolean }) {
  const [show, setShow] = useState({ walls: false, doors: false, lights: false });
  const [zoom, setZoom] = useState(1);
  // A player gets the players' version only: no room key, downloads or regenerate.
  const isDm = map.pictureVersion === "dm";
  return (
    <section className="space-y-4" aria-label="Generated map">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{map.name} — version {map.version}</h2>
        <Badge variant={isDm ? "arcane" : "neutral"}>{isDm ? "DM version" : "Player version"}</Badge>
        {isDm && <span className="text-sm text-white/60">seed {map.seed} · {map.widthSquares}×{map.heightSquares} squares · {map.difficulty}{map.layout.source.kind === "ai" ? " · AI layout" : ""}</span>}
        {isDm && <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={busy}>Regenerate</Button>}
        <VisibilityControl item={{ type: "map", id: map.id, name: map.name, campaignId: map.campaignId, visibility: map.visibility }} />
        {isDm && map.playerImageUrl && <a className="text-sm" href={map.playerImageUrl} target="_blank" rel="noreferrer">Open the player version</a>}
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
      {isDm && <MapDownloads map={map} />}
      <RoomKey rooms={map.layout.rooms} />
    </section>
  );
}
