import { markGenerationFavorite } from "@/lib/assets/mark-generation-favorite";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { generationIdParams } from "@/lib/schemas/gallery";

/** One favorite per asset; it becomes the asset's thumbnail. */
export const POST = route({ params: generationIdParams }, async ({ userId, params }) =>
  json(await markGenerationFavorite(userId, params.generationId, true)),
);

export const DELETE = route({ params: generationIdParams }, async ({ userId, params }) =>
  json(await markGenerationFavorite(userId, params.generationId, false)),
);
