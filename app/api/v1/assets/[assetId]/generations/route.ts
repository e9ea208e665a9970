import { createGeneration } from "@/lib/assets/create-generation";
import { listGenerations } from "@/lib/assets/list-generations";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { assetIdParams, generationCreateSchema, generationListQuerySchema } from "@/lib/schemas/gallery";

/** An asset's generations, with status and favorite filters. */
export const GET = route(
  { params: assetIdParams, query: generationListQuerySchema },
  async ({ userId, params, query }) => json(await listGenerations(userId, params.assetId, query)),
);

export const POST = route({ params: assetIdParams, body: generationCreateSchema }, async ({ userId, params, body }) =>
  json(await createGeneration(userId, params.assetId, body), { status: 201 }),
);
