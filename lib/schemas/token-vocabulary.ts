/**
 * Token vocabulary without zod or sharp, so client components (the preview) and the token schemas
 * share the exact values the server renderer (lib/tokens/render-token.ts) uses.
 */
export const DISPOSITIONS = ["PC", "FRIENDLY", "NEUTRAL", "HOSTILE"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
export const CREATURE_SIZES = ["TINY", "SMALL", "MEDIUM", "LARGE", "HUGE", "GARGANTUAN"] as const;
export type CreatureSize = (typeof CREATURE_SIZES)[number];

/** Squares a creature covers (5e): Foundry's token width/height in grid units. */
export const SQUARES: Record<CreatureSize, number> = {
  TINY: 0.5,
  SMALL: 1,
  MEDIUM: 1,
  LARGE: 2,
  HUGE: 3,
  GARGANTUAN: 4,
};
/** Ring colours follow Foundry's own disposition colours (blue PC/friendly tint, amber neutral, red hostile). */
export const RING_COLOR: Record<Disposition, string> = {
  PC: "#3fa9f5",
  FRIENDLY: "#43c46b",
  NEUTRAL: "#f1c232",
  HOSTILE: "#e0393e",
};
export const PIXELS_PER_SQUARE = 256;

/** Limits the schema enforces and the preview sliders use. */
export const ZOOM_RANGE = { min: 0.5, max: 3 } as const;
export const OFFSET_RANGE = { min: -0.5, max: 0.5 } as const;
export const RING_WIDTH_RANGE = { min: 0.02, max: 0.12 } as const;
export const DEFAULT_RING_WIDTH = 0.05;

export type TokenStyle = {
  disposition: Disposition;
  size: CreatureSize;
  background: string;
  zoom: number;
  offsetX: number;
  offsetY: number;
  ringWidth: number;
  format: "webp" | "png";
};
