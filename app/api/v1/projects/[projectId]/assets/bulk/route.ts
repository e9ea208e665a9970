import { withUser } from "@/lib/auth/with-user";
import { bulkCreateAssets } from "@/lib/assets/create-asset";
import { bulkDeleteAssets } from "@/lib/assets/delete-assets";
import { json } from "@/lib/http/respond";
import { parseJsonBody } from "@/lib/http/parse";
import { bulkCreateSchema, bulkDeleteSchema } from "@/lib/schemas/gallery";

const BULK_LIMIT_BYTES = 512 * 1024;

/** Seed 002: create many assets; each item succeeds or is reported in `failed`. */
export const POST = withUser(async (request, { userId, params }) => {
  const { assets } = await parseJsonBody(request, bulkCreateSchema, BULK_LIMIT_BYTES);
  const result = await bulkCreateAssets(userId, params.projectId, assets);
  return json(result, { status: result.created.length > 0 ? 201 : 200 });
});

/** Seed 002: delete many assets, `force` as for one; per-item `failed` with reasons. */
export const DELETE = withUser(async (request, { userId, params }) => {
  const input = await parseJsonBody(request, bulkDeleteSchema);
  return json(await bulkDeleteAssets(userId, params.projectId, input.asset_ids, input.force));
});
