import { withUser } from "@/lib/auth/with-user";
import { createGeneration, listGenerations } from "@/lib/assets/generations";
import { json } from "@/lib/http/respond";
import { parseJsonBody, parseSearchParams, parseWith } from "@/lib/http/parse";
import { assetIdParams, generationCreateSchema, generationListQuerySchema } from "@/lib/schemas/gallery";

/** Seed 002: an asset's generations, with status and favorite filters. */
export const GET = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  return json(await listGenerations(userId, assetId, parseSearchParams(request.url, generationListQuerySchema)));
});

export const POST = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  return json(await createGeneration(userId, assetId, await parseJsonBody(request, generationCreateSchema)), { status: 201 });
});
