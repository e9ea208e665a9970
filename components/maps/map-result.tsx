"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { MapView } from "@/lib/schemas/maps-response";
import { VisibilityControl } from "@/components/campaigns/visibility-control";
import { Badge } from "@/components/ui/badge";
import { Slider } from "@/components/ui/slider";
import { Switch } from "@/components/ui/switch";
import { MapDownloads } from "./map-downloads";
import { MapVersions } from "./map-versions";
import { MapViewport } from "./map-viewport";
import { RoomKey } from "./room-key";
import { DescriptionReading } from "./description-reading";
import type { MapStyleName } from "@/lib/schemas/map-layout";

/**
 * An upper floor's picture through the map's download route (drawn on request, under the map
 * view's access rules: a player always gets the players' version).
 */
const floorPictureUrl = (mapId: string, floor: number, version: "dm" | "player") =>
  `/api/maps/${mapId}/download?format=png&floor=${floor}&picture=${version}`;

/** The picture with zoom and pan, export overlays, versions, the room key, downloads and regenerate. */
export function MapResult({
  map,
  onRegenerate,
  onRedraw,
  onPickVersion,
  busy,
}: {
  map: MapView;
  onRegenerate: () => void;
  onRedraw?: (style: MapStyleName) => void;
  onPickVersion: (id: string) => void;
  busy: boolean;
}) {
  const [show, setShow] = useState({ walls: false, doors: false, lights: false });
  const [zoom, setZoom] = useState(1);
  // A player gets the players' version only: no room key, downloads or regenerate.
  const isDm = map.pictureVersion === "dm";
  // The DM looks at either picture: theirs (room numbers, traps, secret doors) or the players'.
  const [picture, setPicture] = useState<"dm" | "player">("dm");
  const showing = isDm && picture === "player" && map.playerImageUrl ? "player" : map.pictureVersion;
  // A multi-storey place (the inn's guest rooms, the temple's crypt) shows one floor at a time.
  const floors = map.layout.floors ?? [];
  const [floorChoice, setFloor] = useState(0);
  const floor = floorChoice < floors.length ? floorChoice : 0;
  const groundUrl = showing === "player" && map.playerImageUrl ? map.playerImageUrl : map.imageUrl;
  const pictureUrl = floor === 0 ? groundUrl : floorPictureUrl(map.id, floor, showing);
  const style = map.layout.style ?? "painted";
  const otherStyle: MapStyleName = style === "painted" ? "ink" : "painted";
  return (
    <section className="space-y-4" aria-label="Generated map">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">
          {map.name} — version {map.version}
        </h2>
        {/* The DM switches between the two pictures below; a player is told which one they have. */}
        {!isDm && <Badge>Player version</Badge>}
        {isDm && (
          <span className="text-sm text-white/60">
            seed {map.seed} · {map.widthSquares}×{map.heightSquares} squares · {map.difficulty}
            {map.layout.source.kind === "ai" ? " · AI layout" : ""}
          </span>
        )}
        {isDm && (
          <Button size="sm" variant="secondary" onClick={onRegenerate} disabled={busy}>
            Regenerate
          </Button>
        )}
        <VisibilityControl
          item={{ type: "map", id: map.id, name: map.name, campaignId: map.campaignId, visibility: map.visibility }}
        />
      </div>
      {isDm && <DescriptionReading reading={map.layout.reading} />}
      {isDm && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {map.playerImageUrl && (
            <div
              role="group"
              aria-label="Picture"
              className="inline-flex overflow-hidden rounded-lg border border-line-strong"
            >
              {(["dm", "player"] as const).map((v) => (
                <button
                  key={v}
                  type="button"
                  aria-pressed={showing === v}
                  onClick={() => setPicture(v)}
                  className={
                    showing === v
                      ? "bg-arcane-500/30 px-3 py-1 font-medium text-ink-50"
                      : "px-3 py-1 text-fg-muted hover:bg-white/5"
                  }
                >
                  {v === "dm" ? "DM version" : "Player version"}
                </button>
              ))}
            </div>
          )}
          <span className="text-fg-subtle">Style: {style === "ink" ? "ink on parchment" : "painted"}</span>
          {onRedraw && (
            <Button size="sm" variant="secondary" onClick={() => onRedraw(otherStyle)} disabled={busy}>
              Redraw {otherStyle === "ink" ? "in ink" : "painted"}
            </Button>
          )}
        </div>
      )}
      <MapVersions versions={map.versions} currentId={map.id} onPick={onPickVersion} />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        {(["walls", "doors", "lights"] as const).map((k) => (
          <Switch
            key={k}
            label={`Show ${k}`}
            checked={show[k]}
            onCheckedChange={(on) => setShow({ ...show, [k]: on })}
          />
        ))}
        <Slider
          label="Zoom"
          min={0.5}
          max={4}
          step={0.25}
          value={zoom}
          onValueChange={setZoom}
          formatValue={(z) => `${z}×`}
        />
        <span className="text-white/50">Drag the map to pan</span>
      </div>
      {floors.length > 1 && (
        <div
          role="group"
          aria-label="Floor"
          className="inline-flex overflow-hidden rounded-lg border border-line-strong text-sm"
        >
          {floors.map((f, i) => (
            <button
              key={i}
              type="button"
              aria-pressed={floor === i}
              onClick={() => setFloor(i)}
              className={
                floor === i
                  ? "bg-arcane-500/30 px-3 py-1 font-medium text-ink-50"
                  : "px-3 py-1 text-fg-muted hover:bg-white/5"
              }
            >
              {f.name}
            </button>
          ))}
        </div>
      )}
      <MapViewport
        key={floor}
        map={map}
        imageUrl={pictureUrl}
        floor={floor}
        show={show}
        zoom={zoom}
        onZoom={setZoom}
        floorName={floors.length > 1 ? floors[floor].name : undefined}
        pictureLabel={showing === "player" ? "player version" : "DM version"}
      />
      {map.layout.source.notes.length > 0 && (
        <p className="text-sm text-amber-300">{map.layout.source.notes.join(" · ")}</p>
      )}
      {isDm && <MapDownloads map={map} />}
      {isDm && <RoomKey rooms={map.layout.rooms} />}
    </section>
  );
}
