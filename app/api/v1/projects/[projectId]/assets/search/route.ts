import { searchAssets } from "@/lib/assets/search-assets";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetSearchQuerySchema, projectIdParams } from "@/lib/schemas/gallery";

/**
 * Full-text search with relevance scores: every query word is a word of the field or begins one;
 * `fuzzy=true` also finds misspellings through the word dictionary. Exact above fuzzy, name above
 * description above tags. `total` is exact up to 50 matches (or offset + limit), an estimate past
 * it (`total_estimated: true`).
 */
export const GET = route(
  { params: projectIdParams, query: assetSearchQuerySchema },
  async ({ userId, params, query }) => json(await searchAssets(userId, params.projectId, query)),
);
