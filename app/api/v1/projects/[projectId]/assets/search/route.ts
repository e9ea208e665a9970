import { withUser } from "@/lib/auth/with-user";
import { searchAssets } from "@/lib/assets/search-assets";
import { json } from "@/lib/http/respond";
import { parseSearchParams } from "@/lib/http/parse";
import { assetSearchQuerySchema } from "@/lib/schemas/gallery";

/** Seed 002: full-text or fuzzy (pg_trgm) search with relevance scores. */
export const GET = withUser(async (request, { userId, params }) => {
  const query = parseSearchParams(request.url, assetSearchQuerySchema);
  return json(await searchAssets(userId, params.projectId, query));
});
