import { createAsset } from "@/lib/assets/create-asset";
import { listAssets } from "@/lib/assets/list-assets";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetCreateSchema, assetListQuerySchema, projectIdParams } from "@/lib/schemas/gallery";

/** The project's assets with filters, sort and pagination. */
export const GET = route({ params: projectIdParams, query: assetListQuerySchema }, async ({ userId, params, query }) =>
  json(await listAssets(userId, params.projectId, query)),
);

export const POST = route({ params: projectIdParams, body: assetCreateSchema }, async ({ userId, params, body }) =>
  json(await createAsset(userId, params.projectId, body), { status: 201 }),
);
