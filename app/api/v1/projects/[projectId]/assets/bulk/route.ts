import { bulkCreateAssets } from "@/lib/assets/create-asset";
import { bulkDeleteAssets } from "@/lib/assets/delete-assets";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { bulkCreateSchema, bulkDeleteSchema, projectIdParams } from "@/lib/schemas/gallery";

const BULK_LIMIT_BYTES = 512 * 1024;

/** Create many assets; each item succeeds or is reported in `failed`. */
export const POST = route(
  { params: projectIdParams, body: bulkCreateSchema, bodyLimitBytes: BULK_LIMIT_BYTES },
  async ({ userId, params, body }) => {
    const result = await bulkCreateAssets(userId, params.projectId, body.assets);
    return json(result, { status: result.created.length > 0 ? 201 : 200 });
  },
);

/** Delete many assets, `force` as for one; per-item `failed` with reasons. */
export const DELETE = route({ params: projectIdParams, body: bulkDeleteSchema }, async ({ userId, params, body }) =>
  json(await bulkDeleteAssets(userId, params.projectId, body.asset_ids, body.force)),
);
