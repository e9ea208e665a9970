"use client";
import { useRef, useState, type PointerEvent } from "react";
import type { MapView } from "@/lib/schemas/maps-response";
import { MapOverlay } from "./map-overlay";

type Show = { walls: boolean; doors: boolean; lights: boolean };

/**
 * The picture with the export overlays, zoomed by the slider or wheel and panned by dragging.
 * Panning is a CSS translate (not scrolling), so a large map moves smoothly under the pointer
 * and the overlays, drawn in the same box, stay aligned with the picture.
 */
export function MapViewport({
  map,
  imageUrl,
  pictureLabel,
  show,
  zoom,
  onZoom,
  floor = 0,
  floorName,
}: {
  map: MapView;
  imageUrl?: string;
  pictureLabel?: string;
  show: Show;
  zoom: number;
  onZoom: (z: number) => void;
  floor?: number;
  floorName?: string;
}) {
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; ox: number; oy: number } | null>(null);

  const down = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, y: e.clientY, ox: offset.x, oy: offset.y };
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    setOffset({ x: drag.current.ox + e.clientX - drag.current.x, y: drag.current.oy + e.clientY - drag.current.y });
  };
  const up = () => {
    drag.current = null;
  };

  return (
    // The box takes the map's own proportions (at most 70% of the screen's height), so a phone
    // shows the map edge to edge with no empty band under it.
    <div
      className="relative mx-auto overflow-hidden rounded-lg border border-white/10 bg-black/40"
      style={{
        aspectRatio: `${map.widthSquares} / ${map.heightSquares}`,
        width: `min(100%, calc(70vh * ${map.widthSquares / map.heightSquares}))`,
      }}
    >
      <div
        data-testid="map-viewport"
        className="h-full w-full cursor-grab touch-none select-none active:cursor-grabbing"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onWheel={(e) => onZoom(Math.min(4, Math.max(0.5, zoom - Math.sign(e.deltaY) * 0.25)))}
      >
        <div
          className="relative mx-auto"
          style={{ width: `${zoom * 100}%`, transform: `translate(${offset.x}px, ${offset.y}px)` }}
          data-offset={`${offset.x},${offset.y}`}
        >
          <img
            src={imageUrl ?? map.imageUrl}
            alt={`${map.name} version ${map.version}${floorName ? `, ${floorName}` : ""}${pictureLabel ? ` (${pictureLabel})` : ""}`}
            className="pointer-events-none block w-full"
            draggable={false}
          />
          <MapOverlay layout={map.layout} show={show} floor={floor} />
        </div>
      </div>
      {(offset.x !== 0 || offset.y !== 0 || zoom !== 1) && (
        <button
          type="button"
          className="absolute right-2 top-2 rounded-md bg-black/70 px-2 py-1 text-xs hover:bg-black"
          onClick={() => {
            setOffset({ x: 0, y: 0 });
            onZoom(1);
          }}
        >
          Reset view
        </button>
      )}
    </div>
  );
}
