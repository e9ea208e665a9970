import { withUser } from "@/lib/auth/with-user";
import { createAsset } from "@/lib/assets/create-asset";
import { listAssets } from "@/lib/assets/list-assets";
import { json } from "@/lib/http/respond";
import { parseJsonBody, parseSearchParams } from "@/lib/http/parse";
import { assetCreateSchema, assetListQuerySchema } from "@/lib/schemas/gallery";

/** Seed 002: the project's assets with filters, sort and pagination. */
export const GET = withUser(async (request, { userId, params }) => {
  const query = parseSearchParams(request.url, assetListQuerySchema);
  return json(await listAssets(userId, params.projectId, query));
});

export const POST = withUser(async (request, { userId, params }) => {
  const input = await parseJsonBody(request, assetCreateSchema);
  return json(await createAsset(userId, params.projectId, input), { status: 201 });
});
