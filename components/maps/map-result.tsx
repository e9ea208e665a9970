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
import { DescriptionReading } from "./description-reading";
import type { MapStyleName } from "@/lib/schemas/map-layout";

/** The picture with zoom and pan, export overlays, versions, the room key, downloads and regenerate. */
export function MapResult({ map, onRegenerate, onRedraw, onPickVersion, busy }: { map: MapView; onRegenerate: () => void; onRedraw?: (style: MapStyleName) => void; onPickVersion: (id: string) => void; busy: boolean }) {
  const [show, setShow] = useState({ walls: false, doors: false, lights: false });
  const [zoom, setZoom] = useState(1);
  // A player gets the players' version only: no room key, downloads or regenerate.
  const isDm = map.pictureVersion === "dm";
  // The DM looks at either picture: theirs (room numbers, traps, secret doors) or the players'.
  const [picture, setPicture] = useState<"dm" | "player">("dm");
  const showing = isDm && picture === "player" && map.playerImageUrl ? "player" : map.pictureVersion;
  const style = map.layout.style ?? "painted";
  const otherStyle: MapStyleName = style === "painted" ? "ink" : "painted";
  return (
    <section className="space-y-4" aria-label="Generated map">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{map.name} — version {map.version}</h2>
        {/* The DM switches between the two pictures below; a player is told which one they have. */}
        {!isDm && <Badge>Player version</Badge>}
        {isDm && <span className="text-sm text-white/60">seed {map.seed} · {map.widthSquares}×{map.heightSquares} squares · {map.difficulty}{map.layout.source.kind === "ai" ? " · AI layout" : ""}</span>}
        {isDm && <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={busy}>Regenerate</Button>}
        <VisibilityControl item={{ type: "map", id: map.id, name: map.name, campaignId: map.campaignId, visibility: map.visibility }} />
      </div>
      {isDm && <DescriptionReading reading={map.layout.reading} />}
      {isDm && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {map.playerImageUrl && (
            <div role="group" aria-label="Picture" className="inline-flex overflow-hidden rounded-lg border border-line-strong">
              {(["dm", "player"] as const).map((v) => (
                <button key={v} type="button" aria-pressed={showing === v} onClick={() => setPicture(v)} className={showing === v ? "bg-arcane-500/30 px-3 py-1 font-medium text-ink-50" : "px-3 py-1 text-fg-muted hover:bg-white/5"}>
                  {v === "dm" ? "DM version" : "Player version"}
                </button>
              ))}
            </div>
          )}
          <span className="text-fg-subtle">Style: {style === "ink" ? "ink on parchment" : "painted"}</span>
          {onRedraw && <Button size="sm" variant="secondary" onClick={() => onRedraw(otherStyle)} disabled={busy}>Redraw {otherStyle === "ink" ? "in ink" : "painted"}</Button>}
        </div>
      )}
      <MapVersions versions={map.versions} currentId={map.id} onPick={onPickVersion} />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        {(["walls", "doors", "lights"] as const).map((k) => (
          <label key={k} className="flex items-center gap-1"><input type="checkbox" checked={show[k]} onChange={(e) => setShow({ ...show, [k]: e.target.checked })} />Show {k}</label>
        ))}
        <label className="flex items-center gap-1">Zoom<input type="range" min={0.5} max={4} step={0.25} value={zoom} onChange={(e) => setZoom(Number(e.target.value))} /></label>
        <span className="text-white/50">Drag the map to pan</span>
      </div>
      <MapViewport map={map} imageUrl={showing === "player" && map.playerImageUrl ? map.playerImageUrl : map.imageUrl} pictureLabel={showing === "player" ? "player version" : isDm ? "DM version" : "player version"} show={show} zoom={zoom} onZoom={setZoom} />
      {map.layout.source.notes.length > 0 && <p className="text-sm text-amber-300">{map.layout.source.notes.join(" · ")}</p>}
      {isDm && <MapDownloads map={map} />}
      {isDm && <RoomKey rooms={map.layout.rooms} />}
    </section>
  );
}
