import { createRng } from "@/lib/rng";
import { dressLayout } from "./dress-layout";
import { generateBuilding } from "./generators/building";
import { generateCave } from "./generators/cave";
import { generateDungeon } from "./generators/dungeon";
import type { RawLayout } from "./generators/raw-layout";
import { generateUrban } from "./generators/urban";
import { generateWilderness } from "./generators/wilderness";
import type { GenerateLayoutInput, MapLayout, MapType } from "./types";
import { validateLayout } from "./validate-layout";

const GENERATORS: Record<MapType, (input: GenerateLayoutInput, rng: ReturnType<typeof createRng>) => RawLayout> = {
  dungeon: generateDungeon,
  cave: generateCave,
  tavern: generateBuilding,
  temple: generateBuilding,
  castle: generateBuilding,
  urban: generateUrban,
  wilderness: generateWilderness,
};

/**
 * Deterministic for (type, difficulty, size, seed). A random draw can occasionally produce a
 * layout that fails validation (a cave too small to hold two chambers); then the next attempt
 * uses a derived seed, so the result is still reproducible. Never returns an invalid layout.
 */
export function generateLayout(input: GenerateLayoutInput): MapLayout {
  let lastProblems = "";
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = createRng(attempt === 0 ? `${input.mapType}:${input.seed}` : `${input.mapType}:${input.seed}#${attempt}`);
    const raw = GENERATORS[input.mapType](input, rng.fork("geometry"));
    const dressed = dressLayout({ ...raw, difficulty: input.difficulty, rng: rng.fork("dressing") });
    const layout: MapLayout = { mapType: input.mapType, difficulty: input.difficulty, seed: input.seed, width: input.width, height: input.height, tiles: raw.grid.toRows(), ...dressed };
    const problems = validateLayout(layout);
    if (problems.length === 0) return layout;
    lastProblems = problems.map((p) => p.message).join("; ");
  }
  throw new Error(`Could not generate a valid ${input.mapType} layout: ${lastProblems}`);
}
