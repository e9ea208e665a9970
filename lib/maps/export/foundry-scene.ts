import type { MapGeometry, Segment } from "../geometry";

/** Foundry's CONST.WALL_SENSE_TYPES / WALL_DOOR_TYPES / WALL_DOOR_STATES (v12/v13). */
export const WALL_SENSE = { NONE: 0, LIMITED: 10, NORMAL: 20, PROXIMITY: 30, DISTANCE: 40 } as const;
export const WALL_DOOR = { NONE: 0, DOOR: 1, SECRET: 2 } as const;
export const DOOR_STATE = { CLOSED: 0, OPEN: 1, LOCKED: 2 } as const;
export const GRID_SQUARE = 1;
export const SCENE_PADDING = 0.25;

/**
 * Foundry adds a margin of `ceil(padding × size / gridSize)` grid squares around the background
 * (BaseGrid#calculateDimensions); placeables are stored in canvas coordinates, so every wall and
 * light is shifted by it.
 */
export function paddingOffset(widthPx: number, heightPx: number, gridPx: number, padding = SCENE_PADDING) {
  return { x: Math.ceil((padding * widthPx) / gridPx) * gridPx, y: Math.ceil((padding * heightPx) / gridPx) * gridPx };
}

export type FoundryWall = { c: [number, number, number, number]; move: number; sight: number; light: number; sound: number; door: number; ds: number; dir: number; threshold: { light: null; sight: null; sound: null; attenuation: boolean }; flags: Record<string, never> };

/** A Scene document for Foundry VTT v12/v13 (Scene → Import Data, or Scene.create(data)). */
export function toFoundryScene(geometry: MapGeometry, options: { name: string; pixelsPerSquare: number; backgroundSrc: string; description?: string }) {
  const pps = options.pixelsPerSquare;
  const width = geometry.width * pps;
  const height = geometry.height * pps;
  const pad = paddingOffset(width, height, pps);
  const canvas = (s: Segment): FoundryWall["c"] => [pad.x + s.x0 * pps, pad.y + s.y0 * pps, pad.x + s.x1 * pps, pad.y + s.y1 * pps];
  const wall = (s: Segment, door: number, ds: number): FoundryWall => ({
    c: canvas(s),
    move: WALL_SENSE.NORMAL,
    sight: WALL_SENSE.NORMAL,
    light: WALL_SENSE.NORMAL,
    sound: WALL_SENSE.NORMAL,
    door,
    ds,
    dir: 0,
    threshold: { light: null, sight: null, sound: null, attenuation: false },
    flags: {},
  });
  return {
    name: options.name,
    navName: "",
    active: false,
    navigation: true,
    background: { src: options.backgroundSrc, scaleX: 1, scaleY: 1, offsetX: 0, offsetY: 0, rotation: 0, tint: "#ffffff", alphaThreshold: 0 },
    width,
    height,
    padding: SCENE_PADDING,
    backgroundColor: "#1b1712",
    grid: { type: GRID_SQUARE, size: pps, style: "solidLines", thickness: 1, color: "#000000", alpha: 0.2, distance: 5, units: "ft" },
    initial: { x: pad.x + width / 2, y: pad.y + height / 2, scale: 0.5 },
    tokenVision: true,
    fog: { exploration: true, overlay: null, colors: { explored: null, unexplored: null } },
    environment: { darknessLevel: geometry.lights.length > 0 ? 0.6 : 0, globalLight: { enabled: geometry.lights.length === 0 } },
    walls: [
      ...geometry.walls.map((s) => wall(s, WALL_DOOR.NONE, DOOR_STATE.CLOSED)),
      ...geometry.doors.map((d) => wall(d, d.kind === "secret" ? WALL_DOOR.SECRET : WALL_DOOR.DOOR, d.state === "locked" ? DOOR_STATE.LOCKED : d.state === "open" ? DOOR_STATE.OPEN : DOOR_STATE.CLOSED)),
    ],
    lights: geometry.lights.map((l) => ({
      x: pad.x + Math.round((l.x + 0.5) * pps),
      y: pad.y + Math.round((l.y + 0.5) * pps),
      rotation: 0,
      walls: true,
      vision: false,
      hidden: false,
      config: { dim: l.dimFeet, bright: l.brightFeet, color: l.color, alpha: 0.4, angle: 360, coloration: 1, luminosity: 0.5, attenuation: 0.5, animation: { type: l.animation === "none" ? null : l.animation, speed: 3, intensity: 3, reverse: false } },
    })),
    tokens: [],
    notes: [],
    drawings: [],
    tiles: [],
    sounds: [],
    flags: { "arcane-forge": { description: options.description ?? "" } },
  };
}

export type FoundryScene = ReturnType<typeof toFoundryScene>;
