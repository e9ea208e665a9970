import { withUser } from "@/lib/auth/with-user";
import { markGenerationFavorite } from "@/lib/assets/favorite-generation";
import { json } from "@/lib/http/respond";
import { parseWith } from "@/lib/http/parse";
import { generationIdParams } from "@/lib/schemas/gallery";

/** Seed 002: one favorite per asset; it becomes the asset's thumbnail. */
export const POST = withUser(async (_request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  return json(await markGenerationFavorite(userId, generationId, true));
});

export const DELETE = withUser(async (_request, { userId, params }) => {
  const { generationId } = parseWith(generationIdParams, params);
  return json(await markGenerationFavorite(userId, generationId, false));
});
