import { traceLoops } from "../generators/trace";
import type { MapFloor, Point, TerrainKind } from "@/lib/schemas/map-layout";
import { ring } from "./svg-path";
import type { TextureName } from "./textures";

/**
 * The squares terrain stands on: its smoothed outline is drawn clipped to them, so a rounded
 * pool never spills over a neighbouring floor or into a tower (the shore shows where it recedes).
 */
export function terrainSquares(floor: MapFloor): Point[][] {
  const terrainTiles = new Set(["~", "w", "c", "l", "i", "m", "r"]);
  return traceLoops(floor.tiles[0]?.length ?? 0, floor.tiles.length, (x, y) => terrainTiles.has(floor.tiles[y][x]));
}

const TERRAIN_TEXTURE: Record<TerrainKind, TextureName> = {
  "water-deep": "water",
  "water-shallow": "water",
  chasm: "chasm",
  lava: "lava",
  ice: "ice",
  mud: "mud",
  rubble: "rubble",
};

export function terrainSvg(floor: MapFloor, s: number, ink: boolean, tex: (n: TextureName) => string): string[] {
  const out: string[] = [];
  for (const t of floor.terrain) {
    const d = ring(t.polygon, s) + (t.holes ?? []).map((h) => ring(h, s)).join("");
    if (ink) {
      const fill =
        t.kind === "chasm"
          ? "#1e1a16"
          : t.kind === "lava"
            ? "#c8643a"
            : t.kind.startsWith("water")
              ? "#9ab8c8"
              : t.kind === "ice"
                ? "#dde8ee"
                : "#b8a888";
      out.push(
        `<path d="${d}" fill="${fill}" fill-opacity="${t.kind === "water-shallow" ? 0.35 : 0.6}" fill-rule="evenodd" stroke="#1e1a16" stroke-width="${s / 30}"/>`,
      );
      if (t.kind === "water-deep")
        out.push(
          `<path d="${d}" fill="none" stroke="#1e1a16" stroke-opacity="0.5" stroke-width="${s / 40}" stroke-dasharray="${s * 0.3} ${s * 0.2}" transform="translate(${s * 0.12} ${s * 0.12})"/>`,
        );
      continue;
    }
    if (t.kind === "water-shallow") {
      // A shore: wet sand and a foam line round the water's edge.
      out.push(
        `<path d="${d}" fill="none" stroke="#cdb98a" stroke-opacity="0.7" stroke-width="${s * 0.35}" stroke-linejoin="round" fill-rule="evenodd"/>`,
      );
      out.push(
        `<path d="${d}" fill="${tex("water")}" fill-opacity="0.6" fill-rule="evenodd" stroke="#e8f4f4" stroke-opacity="0.55" stroke-width="${s * 0.06}"/>`,
      );
    } else if (t.kind === "water-deep")
      out.push(
        `<path d="${d}" fill="${tex("water")}" fill-rule="evenodd"/><path d="${d}" fill="#0c2a44" fill-opacity="0.35" fill-rule="evenodd"/>`,
      );
    else if (t.kind === "lava")
      out.push(
        `<path d="${d}" fill="none" stroke="#ff7a1a" stroke-opacity="0.35" stroke-width="${s * 0.5}"/><path d="${d}" fill="${tex("lava")}" fill-rule="evenodd" stroke="#2a140a" stroke-width="${s * 0.08}"/>`,
      );
    else if (t.kind === "chasm")
      out.push(
        `<path d="${d}" fill="${tex("chasm")}" fill-rule="evenodd" stroke="#3a322c" stroke-width="${s * 0.18}"/><path d="${d}" fill="none" stroke="#000" stroke-opacity="0.6" stroke-width="${s * 0.06}" transform="translate(0 ${s * 0.1})"/>`,
      );
    else
      out.push(
        `<path d="${d}" fill="${tex(TERRAIN_TEXTURE[t.kind])}" fill-opacity="${t.kind === "rubble" ? 0.9 : 0.75}" fill-rule="evenodd"/>`,
      );
  }
  return out;
}
