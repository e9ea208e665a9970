import type { CreatureSize, Disposition } from "@/lib/schemas/token-vocabulary";

/** Foundry's CONST.TOKEN_DISPOSITIONS: HOSTILE -1, NEUTRAL 0, FRIENDLY 1 (PCs are friendly). */
export const FOUNDRY_DISPOSITION: Record<Disposition, -1 | 0 | 1> = { HOSTILE: -1, NEUTRAL: 0, FRIENDLY: 1, PC: 1 };

/** Foundry's CONST.TOKEN_DISPLAY_MODES (v12/v13). */
export const TOKEN_DISPLAY_MODES = { NONE: 0, CONTROL: 10, OWNER_HOVER: 20, HOVER: 30, OWNER: 40, ALWAYS: 50 } as const;

export type FoundryTokenInput = {
  name: string;
  disposition: Disposition;
  creatureSize: CreatureSize;
  gridWidth: number;
  gridHeight: number;
  textureSrc: string;
  id?: string;
};

/**
 * A prototype-token-shaped TokenDocument (Foundry v12/v13 field names) a DM can paste into an
 * actor's prototype token or drop on a scene. PCs see in the dark to 60 ft would be a guess, so
 * vision is on with Foundry's defaults and range 0 (the DM sets senses on the actor). Tiny tokens
 * keep width/height 0.5 — Foundry accepts fractional grid sizes.
 */
export function toFoundryToken(token: FoundryTokenInput) {
  const isPc = token.disposition === "PC";
  return {
    name: token.name,
    // Everyone sees a PC's name and bars; a monster's only its owner (the GM) sees.
    displayName: isPc ? TOKEN_DISPLAY_MODES.ALWAYS : TOKEN_DISPLAY_MODES.OWNER,
    actorLink: false,
    width: token.gridWidth,
    height: token.gridHeight,
    texture: {
      src: token.textureSrc,
      scaleX: 1,
      scaleY: 1,
      offsetX: 0,
      offsetY: 0,
      rotation: 0,
      tint: "#ffffff",
      anchorX: 0.5,
      anchorY: 0.5,
      fit: "contain",
    },
    lockRotation: true,
    rotation: 0,
    alpha: 1,
    disposition: FOUNDRY_DISPOSITION[token.disposition],
    displayBars: isPc ? TOKEN_DISPLAY_MODES.ALWAYS : TOKEN_DISPLAY_MODES.OWNER,
    bar1: { attribute: "attributes.hp" },
    bar2: { attribute: null },
    sight: {
      enabled: isPc,
      range: 0,
      angle: 360,
      visionMode: "basic",
      color: null,
      attenuation: 0.1,
      brightness: 0,
      saturation: 0,
      contrast: 0,
    },
    detectionModes: [],
    light: { dim: 0, bright: 0, angle: 360, color: null, alpha: 0.5 },
    flags: {
      "arcane-forge": { id: token.id ?? null, creatureSize: token.creatureSize, disposition: token.disposition },
    },
  };
}
