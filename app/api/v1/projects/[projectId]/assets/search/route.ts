import { searchAssets } from "@/lib/assets/search-assets";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetSearchQuerySchema, projectIdParams } from "@/lib/schemas/gallery";

/** Full-text or fuzzy (pg_trgm) search with relevance scores. */
export const GET = route({ params: projectIdParams, query: assetSearchQuerySchema }, async ({ userId, params, query }) =>
  json(await searchAssets(userId, params.projectId, query)),
);
