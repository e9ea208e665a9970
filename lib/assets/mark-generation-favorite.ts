import "server-only";
import { setFavoriteGeneration } from "./favorite-generation";
import { findWritableGeneration } from "./find-writable-generation";
import { getGenerationView } from "./get-generation-view";
import type { GenerationView } from "@/lib/schemas/assets-response";

/** POST/DELETE /generations/{id}/favorite. */
export async function markGenerationFavorite(
  userId: string,
  generationId: string,
  favorite: boolean,
): Promise<GenerationView> {
  const generation = await findWritableGeneration(userId, generationId);
  await setFavoriteGeneration(generation.assetId, generationId, favorite);
  return getGenerationView(userId, generationId);
}
