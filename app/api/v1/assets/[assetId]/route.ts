import { deleteAsset } from "@/lib/assets/delete-assets";
import { getAsset } from "@/lib/assets/get-asset";
import { updateAsset } from "@/lib/assets/update-asset";
import { json, noContent } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetGetQuerySchema, assetIdParams, assetUpdateSchema, forceQuerySchema } from "@/lib/schemas/gallery";

/** One asset with its generations. */
export const GET = route({ params: assetIdParams, query: assetGetQuerySchema }, async ({ userId, params, query }) =>
  json(await getAsset(userId, params.assetId, query.include_generations)),
);

export const PUT = route({ params: assetIdParams, body: assetUpdateSchema }, async ({ userId, params, body }) =>
  json(await updateAsset(userId, params.assetId, body)),
);

/** 409 when the asset has generations, unless `force=true`. */
export const DELETE = route({ params: assetIdParams, query: forceQuerySchema }, async ({ userId, params, query }) => {
  await deleteAsset(userId, params.assetId, query.force);
  return noContent();
});
