import { withUser } from "@/lib/auth/with-user";
import { deleteAsset } from "@/lib/assets/delete-assets";
import { getAsset } from "@/lib/assets/get-asset";
import { updateAsset } from "@/lib/assets/update-asset";
import { json } from "@/lib/http/respond";
import { parseJsonBody, parseSearchParams, parseWith } from "@/lib/http/parse";
import { assetGetQuerySchema, assetIdParams, assetUpdateSchema, forceQuerySchema } from "@/lib/schemas/gallery";

/** Seed 002: one asset with its generations. */
export const GET = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  const { include_generations } = parseSearchParams(request.url, assetGetQuerySchema);
  return json(await getAsset(userId, assetId, include_generations));
});

export const PUT = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  return json(await updateAsset(userId, assetId, await parseJsonBody(request, assetUpdateSchema)));
});

/** 409 when the asset has generations, unless `force=true`. */
export const DELETE = withUser(async (request, { userId, params }) => {
  const { assetId } = parseWith(assetIdParams, params);
  const { force } = parseSearchParams(request.url, forceQuerySchema);
  await deleteAsset(userId, assetId, force);
  return new Response(null, { status: 204 });
});
