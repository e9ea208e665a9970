import type { DoorSegment, Segment } from "../geometry";
import type { Light } from "@/lib/schemas/map-layout";
import { foundryPaddingOffset, SCENE_PADDING } from "./foundry-padding";
import { foundryDoor, foundryObjectWalls, foundryWall, type ToCanvas } from "./foundry-walls";
import type { FoundryNote } from "./foundry-journal";
import type { VttOutline, WallKind } from "./vtt-geometry";

export { DOOR_STATE, WALL_DIRECTION, WALL_DOOR, WALL_SENSE } from "./foundry-walls";
export const GRID_SQUARE = 1;

/** Foundry's padding offset (see foundryPaddingOffset): kept under its old name for callers. */
export const paddingOffset = (widthPx: number, heightPx: number, gridPx: number, padding = SCENE_PADDING) =>
  foundryPaddingOffset(widthPx, heightPx, gridPx, padding);

/** What a scene is written from: a VttGeometry, or the plain picture geometry (every wall a wall). */
export type SceneGeometry = {
  width: number;
  height: number;
  walls: Array<Segment & { kind?: WallKind }>;
  objects?: VttOutline[];
  doors: DoorSegment[];
  lights: Light[];
};

/** Grid squares → canvas pixels: the padding offset plus the square's pixels (integers, as Foundry stores them). */
export function canvasMapper(geometry: { width: number; height: number }, pixelsPerSquare: number): ToCanvas {
  const pad = foundryPaddingOffset(
    geometry.width * pixelsPerSquare,
    geometry.height * pixelsPerSquare,
    pixelsPerSquare,
  );
  return (x, y) => [pad.x + Math.round(x * pixelsPerSquare), pad.y + Math.round(y * pixelsPerSquare)];
}

/** A Scene document for Foundry VTT v12/v13 (Scene → Import Data, or Scene.create(data)). */
export function toFoundryScene(
  geometry: SceneGeometry,
  options: {
    name: string;
    pixelsPerSquare: number;
    backgroundSrc: string;
    description?: string;
    notes?: FoundryNote[];
    id?: string;
  },
) {
  const pps = options.pixelsPerSquare;
  const width = geometry.width * pps;
  const height = geometry.height * pps;
  const pad = foundryPaddingOffset(width, height, pps);
  const toCanvas = canvasMapper(geometry, pps);
  return {
    ...(options.id ? { _id: options.id } : {}),
    name: options.name,
    navName: "",
    active: false,
    navigation: true,
    background: {
      src: options.backgroundSrc,
      scaleX: 1,
      scaleY: 1,
      offsetX: 0,
      offsetY: 0,
      rotation: 0,
      tint: "#ffffff",
      alphaThreshold: 0,
    },
    width,
    height,
    padding: SCENE_PADDING,
    backgroundColor: "#1b1712",
    grid: {
      type: GRID_SQUARE,
      size: pps,
      style: "solidLines",
      thickness: 1,
      color: "#000000",
      alpha: 0.2,
      distance: 5,
      units: "ft",
    },
    initial: { x: pad.x + width / 2, y: pad.y + height / 2, scale: 0.5 },
    tokenVision: true,
    fog: { exploration: true, overlay: null, colors: { explored: null, unexplored: null } },
    environment: {
      darknessLevel: geometry.lights.length > 0 ? 0.6 : 0,
      globalLight: { enabled: geometry.lights.length === 0 },
    },
    walls: [
      ...geometry.walls.map((s) => foundryWall(s, s.kind ?? "wall", toCanvas)),
      ...(geometry.objects ?? []).flatMap((o) => foundryObjectWalls(o, toCanvas)),
      ...geometry.doors.map((d) => foundryDoor(d, toCanvas)),
    ],
    lights: geometry.lights.map((l) => {
      const [x, y] = toCanvas(l.x + 0.5, l.y + 0.5);
      return {
        x,
        y,
        rotation: 0,
        walls: true,
        vision: false,
        hidden: false,
        config: {
          dim: l.dimFeet,
          bright: l.brightFeet,
          color: l.color,
          alpha: 0.4,
          angle: 360,
          coloration: 1,
          luminosity: 0.5,
          attenuation: 0.5,
          animation: { type: l.animation === "none" ? null : l.animation, speed: 3, intensity: 3, reverse: false },
        },
      };
    }),
    tokens: [] as unknown[],
    notes: options.notes ?? [],
    drawings: [],
    tiles: [],
    sounds: [],
    flags: { "arcane-forge": { description: options.description ?? "" } as Record<string, unknown> },
  };
}

export type FoundryScene = ReturnType<typeof toFoundryScene>;
